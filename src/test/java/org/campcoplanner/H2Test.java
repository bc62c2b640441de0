package org.campcoplanner;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application as a new user starts it: embedded H2 (in memory here) with the
 * demo camps, logins and published roster loaded, on a day of the demo camp's first week
 * ({@link CampWeekClock}). All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("h2test")
@Import(CampWeekClock.class)
public @interface H2Test {
}
