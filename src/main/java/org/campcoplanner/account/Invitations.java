package org.campcoplanner.account;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.Language;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.planning.Text;
import org.campcoplanner.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Planners invite the people of their camp to make their own account: each gets an email with a one-time
 * link, good for seven days, to choose a username and password. The account is then that person's: a
 * volunteer's, or a leader's who plans the camp; someone on the staff starts as a volunteer until an admin
 * gives them the staff role, because staff accounts approve rosters for the city.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final UserAccountRepository userAccounts;
    private final AccountService accounts;
    private final AccountMail mail;
    private final Inbox inbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final EmailedLinks emailedLinks;

    Invitations(InvitationRepository invitations, UserAccountRepository userAccounts, AccountService accounts, AccountMail mail, Inbox inbox,
                AuditTrail audit, Clock clock, EmailedLinks emailedLinks) {
        this.invitations = invitations;
        this.userAccounts = userAccounts;
        this.accounts = accounts;
        this.mail = mail;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
        this.emailedLinks = emailedLinks;
    }

    /** Whether invitations can reach anyone: the app sends email and knows its own address for the link. */
    public boolean offered() {
        return emailedLinks.canReachAnyone();
    }

    /** People of the camp with an email address, no account and no open invitation: whom "invite everyone" reaches. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int invitableCount(long campId) {
        return notYetInvited(campId, invitations.invitable(campId)).size();
    }

    /** Someone "invite everyone" reaches, for inviting one person at a time. */
    public record InvitablePerson(long personId, String name) {
    }

    /** The people {@link #invitableCount} counts, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<InvitablePerson> invitable(long campId) {
        return notYetInvited(campId, invitations.invitable(campId)).stream()
                .map(person -> new InvitablePerson(person.getId(), person.getName()))
                .sorted(java.util.Comparator.comparing(InvitablePerson::name)).toList();
    }

    private List<InvitationRepository.Invitable> notYetInvited(long campId, List<InvitationRepository.Invitable> reachable) {
        Set<Long> open = Set.copyOf(invitations.invitedAndOpen(campId, clock.instant()));
        return reachable.stream().filter(person -> !open.contains(person.getId())).toList();
    }

    /**
     * Invites these people of the camp, or, when {@code personIds} is null, everyone with an email address, no
     * account and no open invitation; an earlier open invitation of theirs stops working. People without an email
     * address or with an account are left out.
     *
     * @return how many were invited
     * @throws InvalidFormException when the app sends no email
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int invite(long campId, Collection<Long> personIds) {
        if (!offered()) {
            throw new InvalidFormException(List.of(FieldProblem.of("", "account.invite.no-email")));
        }
        Instant now = clock.instant();
        String campName = invitations.nameOfCamp(campId).orElseThrow();
        List<InvitationRepository.Invitable> reachable = invitations.invitable(campId);
        List<InvitationRepository.Invitable> whom = personIds == null ? notYetInvited(campId, reachable)
                : reachable.stream().filter(person -> personIds.contains(person.getId())).toList();
        int invited = 0;
        for (InvitationRepository.Invitable person : whom) {
            invitations.findOpenOfPerson(person.getId()).forEach(open -> open.revoke(now));
            String secret = OneTimeSecrets.newSecret();
            invitations.save(new Invitation(campId, person.getId(), person.getEmail(), OneTimeSecrets.hash(secret),
                    CurrentUser.name(), now, now.plus(VALID_FOR)));
            Language language = Language.ofTag(person.getPreferredLanguage()).orElse(Language.ENGLISH);
            mail.send(person.getEmail(), language, Text.of("account.invite.mail.subject", campName),
                    Text.of("account.invite.mail.body", person.getName(), campName, emailedLinks.to("welcome", secret),
                            VALID_FOR.toDays()));
            audit.record(campId, AuditAction.INVITATION_SENT, "Invitation to " + person.getName(), null, null);
            invited++;
        }
        return invited;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<InvitationSummary> list(long campId) {
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(invitations.timeZoneOfCamp(campId).orElseThrow());
        return invitations.findByCampWithNames(campId).stream().map(row -> {
            Invitation invitation = (Invitation) row[0];
            return new InvitationSummary(invitation.getId(), invitation.getPersonId(), (String) row[1],
                    invitation.getEmail(), LocalDateTime.ofInstant(invitation.getSentAt(), zone),
                    LocalDateTime.ofInstant(invitation.getExpiresAt(), zone), invitation.statusAt(now), (String) row[2]);
        }).toList();
    }

    /** A new link for the invitation's person; the old one stops working. */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public int resend(long campId, long invitationId) {
        return invite(campId, List.of(ofCamp(campId, invitationId).getPersonId()));
    }

    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void revoke(long campId, long invitationId) {
        Invitation invitation = ofCamp(campId, invitationId);
        if (invitation.statusAt(clock.instant()) == InvitationStatus.SENT) {
            invitation.revoke(clock.instant());
            audit.record(campId, AuditAction.INVITATION_REVOKED,
                    "Invitation to " + userAccounts.nameOfPerson(invitation.getPersonId()).orElse(""), null, null);
        }
    }

    /** Who an open link invites, and to which camp; empty when it no longer opens. */
    @Transactional(readOnly = true)
    public Optional<Opening> opening(String secret) {
        return Optional.ofNullable(secret).flatMap(s -> invitations.findBySecretHash(OneTimeSecrets.hash(s)))
                .filter(invitation -> invitation.statusAt(clock.instant()) == InvitationStatus.SENT)
                .map(invitation -> new Opening(userAccounts.nameOfPerson(invitation.getPersonId()).orElse(""),
                        invitations.nameOfCamp(invitation.getCampId()).orElse("")));
    }

    public record Opening(String personName, String campName) {
    }

    /**
     * Makes the invited person's account with the username and password they chose; the link is then used up.
     *
     * @throws InvalidFormException naming {@code link} when it no longer opens, or {@code username}/{@code password}
     */
    @Transactional
    public void accept(String secret, String username, String password) {
        Instant now = clock.instant();
        Invitation invitation = secret == null ? null
                : invitations.findForUseBySecretHash(OneTimeSecrets.hash(secret)).orElse(null);
        if (invitation == null || invitation.statusAt(now) != InvitationStatus.SENT) {
            throw new InvalidFormException(List.of(FieldProblem.of("link", "account.welcome.link-closed")));
        }
        long personId = invitation.getPersonId();
        String kind = invitations.kindOfPerson(personId).orElseThrow();
        String name = userAccounts.nameOfPerson(personId).orElseThrow();
        Role role = "LEADER".equals(kind) ? Role.LEADER : Role.VOLUNTEER;
        UserAccount account = accounts.createInvited(username, password, name, role,
                role == Role.LEADER ? Set.of(invitation.getCampId()) : Set.of(), personId, invitation.getEmail());
        invitation.accept(now, account.getId());
        inbox.postToAccount(account.getId(), Text.of("account.welcome.notice.subject"),
                Text.of(role == Role.LEADER ? "account.welcome.notice.leader" : "account.welcome.notice.volunteer",
                        invitations.nameOfCamp(invitation.getCampId()).orElse("")),
                role == Role.LEADER ? "camp/" + invitation.getCampId() : "my-shifts");
        if ("STAFF".equals(kind)) {
            inbox.postToAccounts(invitation.getCampId(), invitations.admins(), Text.of("account.welcome.staff.subject", name),
                    Text.of("account.welcome.staff.body", name, account.getUsername()), "accounts");
        }
    }

    private Invitation ofCamp(long campId, long invitationId) {
        return invitations.findById(invitationId).filter(invitation -> invitation.getCampId() == campId)
                .orElseThrow(() -> new InvalidFormException(List.of(FieldProblem.of("", "account.invite.not-found"))));
    }
}
