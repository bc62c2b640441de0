package org.campcoplanner.cli;

import org.campcoplanner.PostgresTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.StoredRows;
import org.campcoplanner.planning.format.BadPlans;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command-line tools in this JVM against the test database, as a batch job would. */
@PostgresTest
@WithMockUser(roles = "ADMIN")
class CampCommandLineTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    PasswordEncoder passwords;
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void pointTheToolsAtTheTestDatabaseAndCaptureTheirOutput() {
        for (String key : new String[] {"spring.datasource.url", "spring.datasource.username", "spring.datasource.password"}) {
            System.setProperty(key, environment.getProperty(key, ""));
        }
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        System.clearProperty("spring.datasource.password");
    }

    @Test
    void importPrintsTheNewCampIdAndExportWritesThePlan() throws IOException {
        Path plan = write("small-camp.json", TestPlans.read(TestPlans.SMALL_CAMP));

        int importExit = CampCommandLine.run(new String[] {"import", plan.toString()});
        String printed = out.toString(StandardCharsets.UTF_8).trim();

        assertThat(importExit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).matches("\\d+");
        long campId = Long.parseLong(printed);
        Path exported = folder.resolve("out.json");
        int exportExit = CampCommandLine.run(new String[] {"export", String.valueOf(campId), exported.toString()});

        assertThat(exportExit).isZero();
        String importedByService = new PlanWriter().write(campPlans.exportPlan(campPlans.importPlan(Files.readString(plan))));
        assertThat(Files.readString(exported)).isEqualTo(importedByService);
    }

    @Test
    void anInvalidPlanPrintsEveryProblemAndExitsWith2() throws IOException {
        BadPlans.BadPlan bad = BadPlans.all().filter(b -> b.description().equals("session at an unknown site"))
                .findFirst().orElseThrow();
        Path plan = write("bad.json", bad.document());
        Map<String, Integer> before = StoredRows.count(jdbc);

        int exit = CampCommandLine.run(new String[] {"import", plan.toString()});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.sessions[1].site: there is no site with id 'pool'");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void exportingAnUnknownCampFails() {
        int exit = CampCommandLine.run(new String[] {"export", "999999999", folder.resolve("x.json").toString()});

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no camp with id 999999999");
    }

    @Test
    void addAdminCreatesAnAccountThatCanSignIn() {
        String username = "coordinator" + System.nanoTime();

        int exit = CampCommandLine.run(new String[] {"add-admin", username, "--password", "long enough secret"});

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ? and role = 'ADMIN'",
                String.class, username);
        assertThat(passwords.matches("long enough secret", hash)).isTrue();
    }

    @Test
    void addAdminRefusesAShortPasswordAndStoresNothing() {
        int exit = CampCommandLine.run(new String[] {"add-admin", "shorty", "--password", "short"});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("password: Use at least 8 characters");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'shorty'", Integer.class))
                .isZero();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
