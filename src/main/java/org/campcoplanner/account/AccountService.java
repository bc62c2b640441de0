package org.campcoplanner.account;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.base.Language;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.DirectionControls;
import org.campcoplanner.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Accounts: an admin creates them and assigns camps and roles; everyone changes their own password. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    // the shape mail servers accept; whether the address exists only a sent message can tell
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL_LENGTH = 320;

    private final EarlierCamps earlierCamps;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginThrottle throttle;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock,
                   LoginThrottle throttle, EarlierCamps earlierCamps) {
        this.throttle = throttle;
        this.earlierCamps = earlierCamps;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsername().stream().map(this::summary).toList();
    }

    /** @throws InvalidFormException naming each refused field; nothing is saved then */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(NewAccount entered) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = entered.username() == null ? "" : entered.username().strip();
        checkUsername(username, problems);
        if (entered.displayName() == null || entered.displayName().isBlank()) {
            problems.add(FieldProblem.of("displayName", "account.problem.display-name-missing"));
        } else if (entered.displayName().strip().length() > 200) {
            problems.add(FieldProblem.of("displayName", "account.problem.at-most", 200));
        } else if (DirectionControls.in(entered.displayName())) {
            problems.add(FieldProblem.of("displayName", "account.problem.direction-controls"));
        }
        if (entered.role() == null) {
            problems.add(FieldProblem.of("role", "account.problem.role-missing"));
        }
        checkPassword("password", entered.password(), problems);
        Set<Long> camps = entered.campIds() == null ? Set.of() : entered.campIds();
        checkCampsAndPerson(entered.role(), camps, entered.personId(), problems);
        String email = checkEmail(entered.email(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        UserAccount account = new UserAccount(username, entered.displayName().strip(),
                passwords.encode(entered.password()), entered.role(), clock.instant());
        account.setCampIds(entered.role().plans() ? camps : Set.of());
        account.setPersonId(entered.personId());
        account.setEmail(email);
        account.setPreferredLanguage(languageOf(entered.personId()));
        accounts.save(account);
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.ACCOUNT_CREATED, "Account " + username,
                null, describe(account));
        return summary(account);
    }

    /** Changes role, camps, linked person and email at once; {@code seenVersion} is the version the admin saw. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(long accountId, long seenVersion, Role role, Set<Long> campIds, Long personId,
                                 String email) {
        UserAccount account = load(accountId);
        if (account.getVersion() != seenVersion) {
            throw new AccountChangedMeanwhileException(account.getUsername());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (role == null) {
            problems.add(FieldProblem.of("role", "account.problem.role-missing"));
        }
        Set<Long> camps = campIds == null ? Set.of() : campIds;
        checkCampsAndPerson(role, camps, personId, problems);
        String checkedEmail = checkEmail(email, problems);
        if (account.getUsername().equals(CurrentUser.name()) && role != Role.ADMIN) {
            problems.add(FieldProblem.of("role", "account.problem.own-admin-role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        String before = describe(account);
        Role roleBefore = account.getRole();
        Long personBefore = account.getPersonId();
        account.setRole(role);
        account.setCampIds(role.plans() ? camps : Set.of());
        account.setPersonId(personId);
        earlierCamps.accountMoved(personBefore, personId);
        account.setEmail(checkedEmail);
        accounts.flush();
        AuditAction action = roleBefore == role ? AuditAction.CAMPS_CHANGED : AuditAction.ROLE_CHANGED;
        audit.recordAccountEvent(CurrentUser.name(), action, "Account " + account.getUsername(), before, describe(account));
        return summary(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void letSignInAgain(long accountId) {
        UserAccount account = load(accountId);
        throttle.clearAccount(account.getUsername());
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.LOGIN_THROTTLE_CLEARED,
                "Account " + account.getUsername() + " may try its password again at once", null, null);
    }

    /** Client addresses whose sign-ins are slowed down after many failures, the longest wait first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SlowedAddress> slowedAddresses() {
        return throttle.slowedAddresses().stream()
                .map(slowed -> new SlowedAddress(slowed.key(), slowed.retryAfter())).toList();
    }

    /** Lets sign-ins from an address (say, a school's shared connection) try again at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void letSignInAgainFrom(String address) {
        throttle.clearAddress(address);
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.LOGIN_THROTTLE_CLEARED,
                "Sign-ins from " + address + " may try again at once", null, null);
    }

    /** An admin sets a new password for someone who lost theirs. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long accountId, String newPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword("password", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        UserAccount account = load(accountId);
        account.setPasswordHash(passwords.encode(newPassword));
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.PASSWORD_CHANGED,
                "Password of " + account.getUsername() + " reset by an admin", null, null);
    }

    /** @throws InvalidFormException when the current password is wrong or the new one too weak */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(CurrentUser.name())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            problems.add(FieldProblem.of("currentPassword", "account.problem.not-current-password"));
        }
        checkPassword("newPassword", newPassword, problems);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add(FieldProblem.of("newPassword", "account.problem.same-password"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        account.setPasswordHash(passwords.encode(newPassword));
        audit.recordAccountEvent(account.getUsername(), AuditAction.PASSWORD_CHANGED, "Own password changed", null, null);
    }

    /** The signed-in account's own email address for messages; blank removes it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnEmail(String email) {
        UserAccount account = accounts.findByUsername(CurrentUser.name())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        List<FieldProblem> problems = new ArrayList<>();
        String checked = checkEmail(email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        account.setEmail(checked);
        audit.recordAccountEvent(account.getUsername(), AuditAction.EMAIL_CHANGED,
                checked == null ? "Own email removed" : "Own email changed", null, null);
    }

    /** The signed-in account's email address for messages, if it has one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> ownEmail() {
        return accounts.findByUsername(CurrentUser.name()).map(UserAccount::getEmail);
    }

    /**
     * Creates an admin without anyone signed in: for the first admin of a new installation, from
     * the environment or the command line, which only operators with access to the database run.
     */
    @Transactional
    public void createAdminAsOperator(String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        checkUsername(username == null ? "" : username, problems);
        checkPassword("password", password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        accounts.save(new UserAccount(username, "Administrator", passwords.encode(password), Role.ADMIN, clock.instant()));
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.ACCOUNT_CREATED, "Account " + username, null, "ADMIN");
    }

    /**
     * The demo's accounts, whose password may be as short as "demo": only the embedded demo creates
     * them (see {@code demo.DemoSeeder}), as the system at start-up.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void createDemoAccount(String username, String displayName, Role role, String password, Set<Long> campIds,
                           Long personId) {
        UserAccount account = new UserAccount(username, displayName, passwords.encode(password), role, clock.instant());
        account.setCampIds(campIds);
        account.setPersonId(personId);
        account.setPreferredLanguage(languageOf(personId));
        accounts.save(account);
        audit.recordAccountEvent(CurrentUser.name(), AuditAction.ACCOUNT_CREATED, "Demo account " + username, null,
                describe(account));
    }

    /**
     * The account a person makes with their invitation: only {@link Invitations} calls it, once it has
     * checked the invitation's link, so nobody signed in stands behind it.
     *
     * @throws InvalidFormException naming {@code username} or {@code password}
     */
    UserAccount createInvited(String username, String password, String displayName, Role role, Set<Long> campIds,
                              long personId, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String chosen = username == null ? "" : username.strip();
        checkUsername(chosen, problems);
        checkPassword("password", password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        UserAccount account = new UserAccount(chosen, displayName, passwords.encode(password), role, clock.instant());
        account.setCampIds(campIds);
        account.setPersonId(personId);
        account.setEmail(email);
        account.setPreferredLanguage(languageOf(personId));
        accounts.save(account);
        audit.recordAccountEvent(chosen, AuditAction.ACCOUNT_CREATED, "Account " + chosen + " made with an invitation",
                null, describe(account));
        return account;
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    private void checkUsername(String username, List<FieldProblem> problems) {
        if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "account.problem.username-form"));
        } else if (accounts.existsByUsername(username)) {
            problems.add(FieldProblem.of("username", "account.problem.username-taken", username));
        }
    }

    /** The camp of the person an account is linked to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Long> campOfPerson(long personId) {
        return accounts.campOfPerson(personId);
    }

    /** The address stripped, or null when none is given. */
    private static String checkEmail(String email, List<FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        if (stripped.length() > MAX_EMAIL_LENGTH) {
            problems.add(FieldProblem.of("email", "account.problem.at-most", MAX_EMAIL_LENGTH));
        } else if (!EMAIL.matcher(stripped).matches()) {
            problems.add(FieldProblem.of("email", "account.problem.email-form"));
        }
        return stripped;
    }

    static void checkPassword(String field, String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(FieldProblem.of(field, "account.problem.password-short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > 128) {
            problems.add(FieldProblem.of(field, "account.problem.password-long", 128));
        }
    }

    private void checkCampsAndPerson(Role role, Set<Long> camps, Long personId, List<FieldProblem> problems) {
        if (role == Role.VOLUNTEER && personId == null) {
            problems.add(FieldProblem.of("personId", "account.problem.volunteer-person"));
        }
        if (personId != null && accounts.campOfPerson(personId).isEmpty()) {
            problems.add(FieldProblem.of("personId", "account.problem.no-such-person", personId));
        }
        if (role != null && role.plans() && camps.isEmpty()) {
            problems.add(FieldProblem.of("campIds", "account.problem.camps-missing",
                    Text.of("account.role." + role.name().toLowerCase(Locale.ROOT))));
        } else if (role != null && role.plans() && accounts.countCamps(camps) != camps.size()) {
            problems.add(FieldProblem.of("campIds", "account.problem.no-such-camp"));
        }
    }

    /** An account that is a person reads the app in the person's language from the start, when the plan says one. */
    private String languageOf(Long personId) {
        return personId == null ? null : accounts.languageOfPerson(personId).flatMap(Language::ofTag)
                .map(Language::tag).orElse(null);
    }

    private UserAccount load(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("There is no account with id " + accountId));
    }

    private AccountSummary summary(UserAccount account) {
        String personName = account.getPersonId() == null ? null : accounts.nameOfPerson(account.getPersonId()).orElse(null);
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(),
                account.getDisplayName(), account.getRole(), account.getCampIds(), account.getPersonId(), personName,
                account.getEmail(), throttle.accountSlowedFor(account.getUsername()).isPresent());
    }

    private static String describe(UserAccount account) {
        String text = account.getRole().name();
        if (!account.getCampIds().isEmpty()) {
            text += ", camps " + new TreeSet<>(account.getCampIds());
        }
        if (account.getPersonId() != null) {
            text += ", person " + account.getPersonId();
        }
        return text;
    }
}
