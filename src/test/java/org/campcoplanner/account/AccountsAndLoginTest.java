package org.campcoplanner.account;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts as an admin manages them, passwords, and how password guessing is slowed (never locked
 * out), on PostgreSQL. Guesses come from addresses of their own, so the tests do not slow each other.
 */
@PostgresTest
class AccountsAndLoginTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignedInAccounts signedIn;
    @Autowired
    FailedLogins failedLogins;
    @Autowired
    CampTeams teams;

    private Actors actors;
    private String admin;
    private String suffix;

    @BeforeEach
    void anAdmin() {
        actors = new Actors(userDetails);
        suffix = Long.toString(System.nanoTime(), 36);
        admin = "admin-" + suffix;
        accounts.createAdminAsOperator(admin, "admin password");
    }

    @AfterEach
    void writeTheTallies() {
        failedLogins.writeAll();
    }

    @Test
    void fiveWrongPasswordsSlowTheAccountDownUntilAnAdminLetsItSignInAgain() throws Exception {
        String guessed = "guessed-" + suffix;
        AccountSummary account = actors.as(admin, () -> accounts.create(
                new NewAccount(guessed, "Gus", Role.ADMIN, "right password", Set.of(), null)));

        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/camps").with(httpBasic(guessed, "guess-" + attempt)).with(from("198.51.100." + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/camps").with(httpBasic(guessed, "guess-5")).with(from("198.51.100.5")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/camps").with(httpBasic(guessed, "right password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.message").value(startsWith("Too many failed sign-ins: try again in")));
        assertThat(actors.as(admin, () -> accounts.list()).stream().filter(a -> a.username().equals(guessed))
                .findFirst().orElseThrow().slowed()).isTrue();
        actors.run(admin, () -> accounts.letSignInAgain(account.id()));
        mvc.perform(get("/api/camps").with(httpBasic(guessed, "right password"))).andExpect(status().isOk());

        failedLogins.writeAll();
        assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class, guessed))
                .contains("LOGIN_FAILED", "LOGINS_SLOWED");
        assertThat(jdbc.queryForList("select subject from audit_event where actor = ?", String.class, guessed))
                .noneMatch(subject -> subject.contains("guess-"));
    }

    @Test
    void aRightPasswordDoesNotCountAsAFailure() throws Exception {
        String owner = "owner-" + suffix;
        actors.run(admin, () -> accounts.create(new NewAccount(owner, "Olive", Role.ADMIN, "right password", Set.of(), null)));

        for (int round = 0; round < 3; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                mvc.perform(get("/api/camps").with(httpBasic(owner, "typo " + attempt)).with(from("198.51.100.77")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/camps").with(httpBasic(owner, "right password")).with(from("198.51.100.77")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void fortyFailuresFromOneAddressAcrossMadeUpNamesAreRefusedAndOtherAddressesStillSignIn() throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            answers.add(mvc.perform(get("/api/camps").with(httpBasic("made-up-" + attempt + "-" + suffix, "password"))
                    .with(from("203.0.113.7"))).andReturn().getResponse().getStatus());
        }

        assertThat(answers).startsWith(401, 401, 401).endsWith(429, 429, 429);
        assertThat(answers.stream().filter(status -> status == 429).count()).isEqualTo(20);
        mvc.perform(get("/api/camps").with(httpBasic(admin, "admin password")).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/camps").with(httpBasic(admin, "admin password")).with(from("203.0.113.8")))
                .andExpect(status().isOk());
        assertThat(actors.as(admin, () -> accounts.slowedAddresses())).extracting(SlowedAddress::address)
                .contains("203.0.113.7");
        actors.run(admin, () -> accounts.letSignInAgainFrom("203.0.113.7"));
        mvc.perform(get("/api/camps").with(httpBasic(admin, "admin password")).with(from("203.0.113.7")))
                .andExpect(status().isOk());
    }

    @Test
    void aFloodOfFailuresLeavesOneAuditRowPerAccountAddressAndMinute() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        for (int attempt = 0; attempt < 30; attempt++) {
            mvc.perform(get("/api/camps").with(httpBasic("flood-" + attempt + "-" + suffix, "password"))
                    .with(from("192.0.2.44")));
        }
        failedLogins.writeAll();

        List<String> rows = jdbc.queryForList("select subject from audit_event where id > ? and subject like '%192.0.2.44%'",
                String.class, before);
        // one row per kind, or two if the test ran across the turn of a minute
        assertThat(rows).hasSizeBetween(2, 4);
        assertThat(counted(rows, "Sign-ins with a name that is no account from 192.0.2.44")).isEqualTo(20);
        assertThat(counted(rows, "Sign-ins refused while slowed down from 192.0.2.44")).isEqualTo(10);
        assertThat(rows).noneMatch(row -> row.contains("flood-"));
    }

    @Test
    void theOwnerIsToldInTheirInboxThatSomeoneTriedTheirAccount() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        long personId = jdbc.queryForObject("select id from person where camp_id = ? order by id limit 1", Long.class,
                team.campId());
        String volunteer = "vol-" + suffix;
        actors.run(team.admin(), () -> accounts.create(
                new NewAccount(volunteer, "Val", Role.VOLUNTEER, "right password", Set.of(), personId)));

        for (int attempt = 0; attempt < 7; attempt++) {
            mvc.perform(get("/api/me/shifts").with(httpBasic(volunteer, "guess " + attempt)).with(from("198.51.100.99")));
        }

        assertThat(jdbc.queryForList("select n.body from notification n join user_account a on a.id = n.account_id "
                + "where a.username = ? and n.subject = ?", String.class, volunteer,
                "Someone tried to sign in to your account"))
                .singleElement().asString().contains("5 wrong passwords").doesNotContain("guess");
    }

    @Test
    void aRememberedApiSignInEndsWithAPasswordChangeAndFollowsARoleChange() throws Exception {
        long ownCamp = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP))).campId();
        long campId = jdbc.queryForObject("select id from camp where id <> ? order by id limit 1", Long.class, ownCamp);
        String client = "client-" + suffix;
        AccountSummary account = actors.as(admin, () -> accounts.create(
                new NewAccount(client, "City system", Role.ADMIN, "old password", Set.of(), null)));
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/camps").with(httpBasic(client, "old password"))).andExpect(status().isOk());
        }

        actors.run(admin, () -> accounts.update(account.id(), account.version(), Role.STAFF, Set.of(ownCamp), null, null));
        mvc.perform(get("/api/camps/" + campId + "/roster").with(httpBasic(client, "old password")))
                .andExpect(status().isForbidden());
        actors.run(admin, () -> accounts.resetPassword(account.id(), "new password"));

        mvc.perform(get("/api/camps").with(httpBasic(client, "old password")).with(from("198.51.100.66")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/camps").with(httpBasic(client, "new password"))).andExpect(status().isOk());
    }

    @Test
    void anUnknownUsernameIsRecordedWithoutWhatWasTyped() throws Exception {
        String typed = "nobody-" + suffix;

        mvc.perform(get("/api/camps").with(httpBasic(typed, "whatever")).with(from("198.51.100.88")))
                .andExpect(status().isUnauthorized());
        failedLogins.writeAll();

        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject like ? or actor = ?",
                Integer.class, "%" + typed + "%", typed)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = '(no such account)'",
                Integer.class)).isPositive();
    }

    private static int counted(List<String> rows, String what) {
        return rows.stream().filter(row -> row.startsWith(what))
                .mapToInt(row -> Integer.parseInt(row.substring(row.lastIndexOf(' ') + 1))).sum();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aBadAccountIsRefusedFieldByFieldAndNothingIsSaved() {
        int before = jdbc.queryForObject("select count(*) from user_account", Integer.class);

        assertThatThrownBy(() -> actors.run(admin, () -> accounts.create(
                new NewAccount("Bad Name!", " ", Role.LEADER, "short", Set.of(), null))))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFormException.FieldProblem::field)
                        .containsExactlyInAnyOrder("username", "displayName", "password", "campIds"));
        assertThatThrownBy(() -> actors.run(admin, () -> accounts.create(
                new NewAccount("vol-" + suffix, "Val", Role.VOLUNTEER, "long enough", Set.of(), null))))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFormException.FieldProblem::field).containsExactly("personId"));
        assertThatThrownBy(() -> actors.run(admin, () -> accounts.create(
                new NewAccount(admin, "Twin", Role.ADMIN, "long enough", Set.of(), null))))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("is taken");
        assertThatThrownBy(() -> actors.run(admin, () -> accounts.create(
                new NewAccount("nocamp-" + suffix, "N", Role.LEADER, "long enough", Set.of(-5L), null))))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFormException.FieldProblem::field).containsExactly("campIds"));

        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfterAndAStaleEditIsRefused() {
        long campId = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP))).campId();
        AccountSummary created = actors.as(admin, () -> accounts.create(
                new NewAccount("lee-" + suffix, "Lee", Role.LEADER, "long enough", Set.of(campId), null)));

        AccountSummary changed = actors.as(admin, () -> accounts.update(created.id(), created.version(), Role.STAFF,
                Set.of(campId), null, null));

        assertThat(changed.role()).isEqualTo(Role.STAFF);
        List<Map<String, Object>> events = jdbc.queryForList(
                "select actor, before_value, after_value from audit_event where action = 'ROLE_CHANGED' and subject = ?",
                "Account lee-" + suffix);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.get("actor")).isEqualTo(admin);
            assertThat((String) event.get("before_value")).startsWith("LEADER");
            assertThat((String) event.get("after_value")).startsWith("STAFF");
        });
        assertThatThrownBy(() -> actors.run(admin, () -> accounts.update(created.id(), created.version(), Role.LEADER,
                Set.of(campId), null, null))).isInstanceOf(AccountChangedMeanwhileException.class);
    }

    @Test
    void onlyAdminsManageAccounts() {
        long campId = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP))).campId();
        String leader = "lead-" + suffix;
        actors.run(admin, () -> accounts.create(new NewAccount(leader, "L", Role.LEADER, "long enough", Set.of(campId), null)));

        assertThatThrownBy(() -> actors.run(leader, () -> accounts.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(leader, () -> accounts.create(
                new NewAccount("x-" + suffix, "X", Role.ADMIN, "long enough", Set.of(), null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() {
        assertThatThrownBy(() -> actors.run(admin, () -> accounts.changeOwnPassword("not it", "new password")))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFormException.FieldProblem::field).containsExactly("currentPassword"));

        actors.run(admin, () -> accounts.changeOwnPassword("admin password", "new password"));

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, admin);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("new password");
        assertThat(passwords.matches("new password", hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor = ? "
                + "and before_value is null and after_value is null", Integer.class, admin)).isEqualTo(1);
    }
}
