package org.campcoplanner.instances;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This app instance among the others on the same database: its host name and a few random
 * characters, new at every start, so that two instances on one host (or one restarted) never
 * share a name. Shown to operators as the runner of a solve, and db-scheduler's name for it.
 */
@Component
public class InstanceName {

    private final String name;

    InstanceName() {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        this.name = host() + "-" + HexFormat.of().formatHex(random);
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "instance";
        }
    }

    public String value() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
