package org.campcoplanner.account;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.base.InvalidFormException;
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

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts as an admin manages them, passwords, and the lockout against password guessing, on PostgreSQL. */
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

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String guessed = "guessed-" + suffix;
        AccountSummary account = actors.as(admin, () -> accounts.create(
                new NewAccount(guessed, "Gus", Role.ADMIN, "right password", Set.of(), null)));
        mvc.perform(get("/api/camps").with(httpBasic(guessed, "right password"))).andExpect(status().isOk());

        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/camps").with(httpBasic(guessed, "guess-" + attempt))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/camps").with(httpBasic(guessed, "right password"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class, guessed))
                .containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                        "ACCOUNT_LOCKED", "LOGIN_FAILED");
        assertThat(jdbc.queryForList("select subject from audit_event where actor = ?", String.class, guessed))
                .noneMatch(subject -> subject.contains("guess-"));

        actors.run(admin, () -> accounts.unlock(account.id()));
        mvc.perform(get("/api/camps").with(httpBasic(guessed, "right password"))).andExpect(status().isOk());
    }

    @Test
    void anAdminsChangeAppliesToAUserAlreadySignedInAndALockSignsThemOut() {
        long campId = jdbc.queryForObject("select id from camp order by id limit 1", Long.class);
        String coordinator = "coord-" + suffix;
        AccountSummary account = actors.as(admin, () -> accounts.create(
                new NewAccount(coordinator, "Coordinator", Role.ADMIN, "right password", Set.of(), null)));
        UserDetails atSignIn = userDetails.loadUserByUsername(coordinator);
        Authentication session = UsernamePasswordAuthenticationToken.authenticated(atSignIn, null, atSignIn.getAuthorities());
        assertThat(signedIn.current(session)).containsSame(session);

        actors.run(admin, () -> accounts.update(account.id(), account.version(), Role.STAFF, Set.of(campId), null));

        Authentication refreshed = signedIn.current(session).orElseThrow();
        assertThat(refreshed.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
        jdbc.update("update user_account set locked_until = now() + interval '1 hour' where username = ?", coordinator);
        assertThat(signedIn.current(refreshed)).isEmpty();
    }

    @Test
    void anUnknownUsernameIsRecordedWithoutWhatWasTyped() throws Exception {
        String typed = "nobody-" + suffix;

        mvc.perform(get("/api/camps").with(httpBasic(typed, "whatever"))).andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject like ? or actor = ?",
                Integer.class, "%" + typed + "%", typed)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = '(no such account)'",
                Integer.class)).isPositive();
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
        long campId = jdbc.queryForObject("select id from camp order by id limit 1", Long.class);
        AccountSummary created = actors.as(admin, () -> accounts.create(
                new NewAccount("lee-" + suffix, "Lee", Role.LEADER, "long enough", Set.of(campId), null)));

        AccountSummary changed = actors.as(admin, () -> accounts.update(created.id(), created.version(), Role.STAFF,
                Set.of(campId), null));

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
                Set.of(campId), null))).isInstanceOf(AccountChangedMeanwhileException.class);
    }

    @Test
    void onlyAdminsManageAccounts() {
        long campId = jdbc.queryForObject("select id from camp order by id limit 1", Long.class);
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
