package org.campcoplanner.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application context for database-backed commands: same configuration as the app, no web server. */
final class CliContext {

    private CliContext() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CliConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .profiles("cli")
                .run();
    }
}
