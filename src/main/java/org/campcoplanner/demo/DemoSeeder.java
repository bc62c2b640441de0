package org.campcoplanner.demo;

import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.Role;
import org.campcoplanner.base.Language;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.people.PersonSummary;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterChanges;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.reflections.ReflectionEntry;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.security.SystemActor;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Gives a new user something to look at, through the same services people use: it loads the demo
 * camps into an empty database, placed around today (Brant Avenue in its third week, Onward Willow
 * starting next Monday), creates one login per kind of user, has the demo leader solve and sign
 * Brant Avenue and the demo staff member approve it, and confirms who came to the sessions of the
 * weeks behind, so that the demo volunteer has shifts behind (with credits) and ahead.
 * <p>
 * Logins with a known password and the published roster are only made on the embedded H2
 * database, never with the PostgreSQL profile nor on any other database, whatever CAMP_DEMO says.
 * It runs before every other start-up runner, so the first-admin runner finds the demo accounts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "camp.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Steps, not seconds: every new demo gets the same roster, on a fast machine or a slow one. */
    private static final int DEMO_SOLVE_STEPS = 3000;
    /** One rostered seat in this many of the weeks behind had nobody come, as happens. */
    private static final int ONE_NO_SHOW_IN = 12;
    private static final int OPEN_SEATS = 8;
    private static final int EVERY_NTH_SESSION_OPEN = 2;

    private final CampPlanService campPlans;
    private final AccountService accounts;
    private final PeopleService people;
    private final PersonDirectory directory;
    private final DraftRosterService drafts;
    private final RosterChanges rules;
    private final SignOffService signOff;
    private final TimeCredits credits;
    private final Reflections reflections;
    private final UserDetailsService logins;
    private final Clock clock;
    private final String password;
    private final boolean embedded;

    DemoSeeder(CampPlanService campPlans, AccountService accounts, PeopleService people, PersonDirectory directory,
               DraftRosterService drafts, RosterChanges rules, SignOffService signOff, TimeCredits credits,
               Reflections reflections, UserDetailsService logins,
               Clock clock, Environment environment,
               @Value("${camp.demo.password:" + DEFAULT_PASSWORD + "}") String password,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        this.campPlans = campPlans;
        this.accounts = accounts;
        this.people = people;
        this.directory = directory;
        this.drafts = drafts;
        this.rules = rules;
        this.signOff = signOff;
        this.reflections = reflections;
        this.credits = credits;
        this.logins = logins;
        this.clock = clock;
        this.password = password;
        this.embedded = databaseUrl.startsWith("jdbc:h2:") && !environment.acceptsProfiles(Profiles.of("postgres"));
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of(CampPlan.DEFAULT_TIME_ZONE)));
        if (!campPlans.hasCamps()) {
            SystemActor.run(() -> {
                load(DemoCamp.plan(now.toLocalDate()));
                load(DemoCamp.secondPlan(now.toLocalDate()));
            });
        }
        if (!embedded) {
            // known passwords belong to a throw-away database only, never to one people rely on
            log.warn("Demo logins are only created on the embedded H2 database; this one gets none");
            return;
        }
        Optional<Long> demo = campId(DemoCamp.NAME);
        Optional<Long> second = campId(DemoCamp.SECOND_NAME);
        if (!accounts.hasAccounts()) {
            if (demo.isEmpty() || second.isEmpty()) {
                log.warn("The demo camps are missing, so no demo logins were created");
                return;
            }
            SystemActor.run(() -> createPlanners(demo.get(), second.get()));
            Optional<CampPlan> published = publish(demo.get(), now);
            SystemActor.run(() -> createVolunteer(demo.get(), published, now));
            SystemActor.run(() -> createFrenchReaders(demo.get(), published, now));
            published.ifPresent(plan -> confirmWhoCame(demo.get(), plan, now.toLocalDate().atStartOfDay()));
            published.ifPresent(plan -> reflectAfterwards(demo.get(), plan, now));
        }
        if (accounts.exists("leader2")) {
            log.info("Demo logins: admin, staff, leader and volunteer ({}), leader2 ({}), in French animatrice and "
                            + "benevole ({}); password: {}", DemoCamp.NAME, DemoCamp.SECOND_NAME, DemoCamp.NAME,
                    DEFAULT_PASSWORD.equals(password) ? DEFAULT_PASSWORD : "the one in DEMO_PASSWORD");
        }
    }

    private void load(CampPlan demo) {
        long campId = campPlans.importPlan(demo);
        log.info("Loaded the demo camp '{}' (id {}): {} sites, {} sessions, {} people, from {}", demo.camp().name(),
                campId, demo.sites().size(), demo.sessions().size(), demo.people().size(), demo.camp().startDate());
    }

    private void createPlanners(long demo, long second) {
        accounts.createDemoAccount("admin", "Camp coordinator", Role.ADMIN, password, Set.of(), null);
        createFor("staff", Role.STAFF, Set.of(demo), first(demo, PersonKind.STAFF));
        createFor("leader", Role.LEADER, Set.of(demo), first(demo, PersonKind.LEADER));
        createFor("leader2", Role.LEADER, Set.of(second), first(second, PersonKind.LEADER));
    }

    /** The demo volunteer is the one with the most shifts in the next two weeks, so a newcomer has some to act on. */
    private void createVolunteer(long campId, Optional<CampPlan> published, LocalDateTime now) {
        Optional<PersonRef> busiest = published.flatMap(plan -> busiest(campId, plan, now, person -> true));
        PersonSummary anyVolunteer = first(campId, PersonKind.VOLUNTEER);
        accounts.createDemoAccount("volunteer", busiest.map(PersonRef::name).orElse(anyVolunteer.name()),
                Role.VOLUNTEER, password, Set.of(), busiest.map(PersonRef::id).orElse(anyVolunteer.id()));
    }

    /**
     * A volunteer and a leader who read the app in French ({@code benevole}, {@code animatrice}): the
     * busiest French-reading volunteer of the next two weeks and the first French-reading leader.
     */
    private void createFrenchReaders(long campId, Optional<CampPlan> published, LocalDateTime now) {
        Predicate<CampPlan.Person> french = person -> Language.FRENCH.tag().equals(person.preferredLanguage());
        published.flatMap(plan -> busiest(campId, plan, now, french)).ifPresent(person -> accounts.createDemoAccount(
                "benevole", person.name(), Role.VOLUNTEER, password, Set.of(), person.id()));
        published.flatMap(plan -> plan.people().stream()
                        .filter(person -> person.kind() == PersonKind.LEADER && french.test(person)).findFirst())
                .flatMap(leader -> directory.byPlanId(campId, leader.id()))
                .ifPresent(leader -> accounts.createDemoAccount("animatrice", leader.name(), Role.LEADER, password,
                        Set.of(campId), leader.id()));
    }

    /**
     * Of the volunteers who are {@code whom}, the one with the most shifts in the two weeks from
     * {@code now}, among those with a shift behind them if any has one: a demo login then has shifts
     * ahead to act on and shifts behind with credits and a reflection, whatever roster the solver found.
     */
    private Optional<PersonRef> busiest(long campId, CampPlan plan, LocalDateTime now, Predicate<CampPlan.Person> whom) {
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        Set<String> volunteers = plan.people().stream()
                .filter(person -> person.kind() == PersonKind.VOLUNTEER && whom.test(person))
                .map(CampPlan.Person::id).collect(Collectors.toSet());
        Set<String> withShiftsBehind = plan.assignments().stream()
                .filter(seat -> volunteers.contains(seat.person()) && sessions.get(seat.session()).end().isBefore(now))
                .map(CampPlan.Assignment::person).collect(Collectors.toSet());
        Set<String> candidates = withShiftsBehind.isEmpty() ? volunteers : withShiftsBehind;
        return plan.assignments().stream()
                .filter(seat -> candidates.contains(seat.person()) && sessions.get(seat.session()).start().isAfter(now)
                        && sessions.get(seat.session()).start().isBefore(now.plusWeeks(2)))
                .collect(Collectors.groupingBy(CampPlan.Assignment::person, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(most -> directory.byPlanId(campId, most.getKey()));
    }

    private PersonSummary first(long campId, PersonKind kind) {
        return people.find(campId, new PeopleFilter(kind, false, false, false, false, false, null), 0, 1).get(0);
    }

    /** An account that is the given person of the camp, under that person's name. */
    private void createFor(String username, Role role, Set<Long> camps, PersonSummary person) {
        accounts.createDemoAccount(username, person.name(), role, password, camps, person.id());
    }

    /** The demo leader solves and signs the camp, the demo staff member approves it, as they would by hand. */
    private Optional<CampPlan> publish(long campId, LocalDateTime now) {
        try {
            CampPlan[] solved = new CampPlan[1];
            SystemActor.runAs(logins.loadUserByUsername("leader"), () -> {
                CampPlan draft = campPlans.exportPlan(campId);
                solved[0] = withOpenSeats(new PlanSolver(RosterSolverConfig.reproducible(DEMO_SOLVE_STEPS))
                        .solve(draft, roster -> { }), now);
                drafts.saveSolved(campId, drafts.snapshot(campId), solved[0].assignments(), "nothing published yet");
                signOff.propose(campId, true);
            });
            SystemActor.runAs(logins.loadUserByUsername("staff"), () -> signOff.approve(campId, 1, true));
            log.info("Published a solved roster of the demo camp (revision 1), signed by the demo leader and staff");
            return Optional.of(solved[0]);
        } catch (SignOffRefusedException e) {
            log.warn("The demo roster was left as a draft: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A season always has a few seats nobody could fill: the demo leaves some volunteers' seats of the
     * next two weeks open (never one whose emptiness breaks a rule), so volunteers find open shifts to
     * pick up.
     */
    private CampPlan withOpenSeats(CampPlan solved, LocalDateTime now) {
        Map<String, CampPlan.Session> sessions = solved.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        List<String> upcoming = solved.sessions().stream()
                .filter(s -> s.start().isAfter(now) && s.start().isBefore(now.plusDays(14)))
                .sorted(Comparator.comparing(CampPlan.Session::start)).map(CampPlan.Session::id).toList();
        Set<String> volunteers = solved.people().stream().filter(person -> person.kind() == PersonKind.VOLUNTEER)
                .map(CampPlan.Person::id).collect(Collectors.toSet());
        List<CampPlan.Assignment> seats = new ArrayList<>(solved.assignments());
        int opened = 0;
        for (int i = 0; i < upcoming.size() && opened < OPEN_SEATS; i += EVERY_NTH_SESSION_OPEN) {
            String session = upcoming.get(i);
            Optional<CampPlan.Assignment> last = seats.stream()
                    .filter(a -> a.session().equals(session) && volunteers.contains(a.person()) && !a.pinned())
                    .max(Comparator.comparingInt(CampPlan.Assignment::index));
            if (last.isPresent() && sessions.containsKey(session) && rules.broken(solved.withAssignments(seats),
                    Collections.singletonMap(new SeatKey(session, last.get().role(), last.get().index()), null)).isEmpty()) {
                seats.remove(last.get());
                opened++;
            }
        }
        return solved.withAssignments(seats);
    }

    /** The demo staff member confirms who came to the sessions before today, but for the odd no-show. */
    private void confirmWhoCame(long campId, CampPlan published, LocalDateTime today) {
        Map<String, CampPlan.Session> sessions = published.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        UserDetails staff = logins.loadUserByUsername("staff");
        String staffPlanId = SystemActor.call(() -> directory.byId(first(campId, PersonKind.STAFF).id())
                .map(PersonRef::planId).orElse(null));
        List<CampPlan.Assignment> came = published.assignments().stream()
                .filter(seat -> seat.person() != null && !seat.person().equals(staffPlanId))
                .filter(seat -> sessions.get(seat.session()).end().isBefore(today)).toList();
        int[] confirmed = {0};
        SystemActor.runAs(staff, () -> {
            for (int i = 0; i < came.size(); i++) {
                if (i % ONE_NO_SHOW_IN != ONE_NO_SHOW_IN - 1
                        && credits.confirm(campId, came.get(i).session(), came.get(i).person())) {
                    confirmed[0]++;
                }
            }
        });
        log.info("Confirmed the attendance of {} of the {} rostered seats of the demo camp's weeks behind",
                confirmed[0], came.size());
    }

    /**
     * The demo volunteers say how some of their past sessions went, so the impact page has reflections
     * to count; the demo leader lets the report quote the French volunteer's story, as a youth's story
     * waits for a planner, and leaves the other one waiting for review.
     */
    private void reflectAfterwards(long campId, CampPlan published, LocalDateTime now) {
        reflect("volunteer", published, now, List.of(
                new ReflectionEntry(5, "A shy camper led the closing song today. Her mum says she talks about camp "
                        + "every evening now.", true),
                new ReflectionEntry(4, null, false),
                new ReflectionEntry(3, "Too hot in the gym after lunch; we moved the games outside.", false)));
        Written reflected = reflect("benevole", published, now, List.of(
                new ReflectionEntry(4, "Les enfants du quartier se sont entraidés pour finir la cabane : un vrai "
                        + "travail d'équipe.", true)));
        SystemActor.runAs(logins.loadUserByUsername("leader"), () -> reflected.sessions().forEach(session ->
                reflections.ofSession(campId, session).stream()
                        .filter(reflection -> reflection.planPersonId().equals(reflected.author())
                                && reflection.waitsForReview())
                        .forEach(reflection -> reflections.approveQuote(campId, reflection.id(), reflection.version()))));
    }

    /** The sessions a demo login reflected on, and who they are in the plan. */
    private record Written(String author, List<String> sessions) {
    }

    /** Writes the entries on the person's latest past sessions, latest first. */
    private Written reflect(String username, CampPlan published, LocalDateTime now, List<ReflectionEntry> entries) {
        if (!accounts.exists(username)) {
            return new Written("", List.of());
        }
        Map<String, CampPlan.Session> sessions = published.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        Written[] written = new Written[1];
        SystemActor.runAs(logins.loadUserByUsername(username), () -> {
            String me = directory.signedIn().map(PersonRef::planId).orElse("");
            List<String> past = published.assignments().stream().filter(seat -> me.equals(seat.person()))
                    .map(CampPlan.Assignment::session).distinct()
                    .filter(session -> sessions.get(session).end().isBefore(now))
                    .sorted(Comparator.comparing((String session) -> sessions.get(session).end()).reversed())
                    .limit(entries.size()).toList();
            for (int i = 0; i < past.size(); i++) {
                reflections.write(past.get(i), entries.get(i), null);
            }
            written[0] = new Written(me, past);
        });
        return written[0];
    }

    private Optional<Long> campId(String name) {
        return SystemActor.call(() -> campPlans.listCamps().stream().filter(camp -> camp.name().equals(name))
                .map(CampSummary::id).findFirst());
    }
}
