package org.campcoplanner;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The UI tests run on Wednesday 22 July 2026 at noon in Toronto, in the demo camp's third week, so
 * its published roster has shifts behind and ahead whatever the real date.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CampWeekClock {

    public static final Instant NOW = Instant.parse("2026-07-22T16:00:00Z");

    @Bean
    @Primary
    Clock campWeekClock() {
        return Clock.fixed(NOW, ZoneId.of("America/Toronto"));
    }
}
