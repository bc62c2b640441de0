package org.campcoplanner;

import org.campcoplanner.signoff.CampTeams;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application against a real PostgreSQL database, {@code camp_test} on
 * localhost unless {@code TEST_DATABASE_URL} says otherwise (see {@code application-pgtest.properties}).
 * All such tests share one application context, with {@link CampTeams} to store camps with their own accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@Import(CampTeams.class)
public @interface PostgresTest {
}
