package org.campcoplanner.shifts;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.camp.CampSettings;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.SignOffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campcoplanner.base.TestTexts.english;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;

/**
 * Volunteers ask for changes to the published roster by themselves (take an empty seat, swap,
 * hand over) and planners decide, on PostgreSQL. A week of a camp that lies ahead of the real
 * date: Kim (staff) and the volunteers Ann, Ben and Dan hold the two seats of each session that
 * safeguarding asks for; every session has a third, empty helper seat. Cat is away on Thursday. Yan is 15 without the guardian's consent the camp asks
 * for; Zoe is 16 with it.
 */
@PostgresTest
class ShiftRequestsTest {

    @Autowired
    CampTeams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ShiftRequests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    SignOffService signOff;
    @Autowired
    CampSetupService setup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private final LocalDate monday = LocalDate.now().plusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    /** The camp published, with an account for each volunteer named as in the plan plus a suffix. */
    private record Camp(CampTeam team, String suffix) {

        String account(String person) {
            return person + "-" + suffix;
        }

        long campId() {
            return team.campId();
        }
    }

    private String at(int day, String time) {
        return monday.plusDays(day) + "T" + time;
    }

    private Camp published() {
        CampPlan plan = new TestCamp()
                .days(monday, monday.plusDays(6))
                .youthNeedGuardianConsent()
                .person("kim", STAFF)
                .person("ann", VOLUNTEER)
                .person("ben", VOLUNTEER)
                .person("cat", VOLUNTEER, p -> p.away(at(3, "00:00"), at(4, "00:00")))
                .person("yan", VOLUNTEER, p -> p.youth())
                .person("zoe", VOLUNTEER, p -> p.youth().consentGiven(LocalDate.now().toString()))
                .person("dan", VOLUNTEER)
                .session("mon", at(0, "09:00"), at(0, "12:00"), s -> s.seat("Helper", 3))
                .session("tue", at(1, "09:00"), at(1, "12:00"), s -> s.seat("Helper", 3))
                .session("wed", at(2, "09:00"), at(2, "12:00"), s -> s.seat("Helper", 3))
                .session("thu", at(3, "09:00"), at(3, "12:00"), s -> s.seat("Helper", 3))
                .session("monlate", at(0, "10:00"), at(0, "13:00"), s -> s.seat("Helper", 3))
                .plan();
        plan = plan.withAssignments(List.of(
                new CampPlan.Assignment("mon", "Helper", 1, "ben", false),
                new CampPlan.Assignment("mon", "Helper", 2, "kim", false),
                new CampPlan.Assignment("monlate", "Helper", 1, "ann", false),
                new CampPlan.Assignment("monlate", "Helper", 2, "dan", false),
                new CampPlan.Assignment("tue", "Helper", 1, "ann", false),
                new CampPlan.Assignment("tue", "Helper", 2, "kim", false),
                new CampPlan.Assignment("wed", "Helper", 1, "ben", false),
                new CampPlan.Assignment("wed", "Helper", 2, "kim", false),
                new CampPlan.Assignment("thu", "Helper", 1, "kim", false),
                new CampPlan.Assignment("thu", "Helper", 2, "dan", false)));
        CampTeam team = teams.published(plan);
        String suffix = Long.toString(System.nanoTime(), 36);
        for (String person : List.of("ann", "ben", "cat", "yan", "zoe", "dan")) {
            long personId = personId(team.campId(), person);
            teams.actors().run(team.admin(), () -> accounts.create(new NewAccount(person + "-" + suffix, person,
                    Role.VOLUNTEER, "long enough", Set.of(team.campId()), personId)));
        }
        return new Camp(team, suffix);
    }

    private long personId(long campId, String planId) {
        return jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class, campId, planId);
    }

    private <T> T as(Camp camp, String person, java.util.function.Supplier<T> work) {
        return teams.actors().as(camp.account(person), work);
    }

    private String draftIn(Camp camp, String session, int index) {
        return teams.actors().as(camp.team().leader(),
                () -> drafts.snapshot(camp.campId()).get(new SeatKey(session, "Helper", index)).person());
    }

    private List<String> messagesTo(String username) {
        return jdbc.queryForList("select n.subject from notification n left join user_account a on a.id = n.account_id "
                + "left join user_account p on p.person_id = n.person_id where a.username = ? or p.username = ? "
                + "order by n.id", String.class, username, username);
    }

    private List<String> refusal(Runnable request) {
        List<String> reasons = new ArrayList<>();
        assertThatThrownBy(request::run).isInstanceOfSatisfying(ShiftRequestRefusedException.class,
                refused -> refused.reasons().forEach(reason -> reasons.add(english(reason))));
        return reasons;
    }

    @Test
    void aVolunteerSeesTheEmptySeatsTheyCouldTakeAndOffersOneWhichAPlannerAcceptsIntoTheDraft() {
        Camp camp = published();

        List<OpenShift> open = as(camp, "ann", () -> requests.openShifts());
        // not Monday's sessions (she is in the late one, which overlaps the other), not her own Tuesday's
        assertThat(open).extracting(shift -> shift.sessionId() + "/" + shift.index())
                .containsExactlyInAnyOrder("wed/3", "thu/3");
        ShiftRequests.OfferOutcome outcome = as(camp, "ann", () -> requests.offer("wed", "Helper", 3));

        assertThat(outcome.status()).isEqualTo(ShiftRequestStatus.WAITING_FOR_PLANNERS);
        assertThat(as(camp, "ann", () -> requests.openShifts())).filteredOn(OpenShift::offered)
                .extracting(OpenShift::sessionId).containsExactly("wed");
        for (String planner : List.of(camp.team().leader(), camp.team().staff())) {
            assertThat(messagesTo(planner)).contains("ann offers to take Helper 3 in wed, " + dayAndTime(2));
        }
        List<RequestView> waiting = teams.actors().as(camp.team().staff(), () -> decisions.open(camp.campId()));
        assertThat(waiting).singleElement().satisfies(request -> {
            assertThat(request.toAnswer()).isTrue();
            assertThat(english(request.what())).isEqualTo("ann offers to take Helper 3 in wed, " + dayAndTime(2));
        });

        teams.actors().run(camp.team().staff(), () -> decisions.accept(camp.campId(), waiting.get(0).id()));

        assertThat(draftIn(camp, "wed", 3)).isEqualTo("ann");
        assertThat(teams.actors().as(camp.team().staff(), () -> decisions.open(camp.campId()))).isEmpty();
        assertThat(messagesTo(camp.account("ann"))).contains("Your shift request was accepted");
        assertThat(as(camp, "ann", () -> requests.mine())).singleElement().satisfies(request ->
                assertThat(english(request.standing())).startsWith("In the draft roster"));
        assertThat(jdbc.queryForList("select subject from audit_event where camp_id = ? and action = "
                + "'SHIFT_REQUEST_DECIDED'", String.class, camp.campId()))
                .containsExactly("Accepted into the draft: ann takes Helper 3 in wed, " + dayAndTime(2));
        assertThat(teams.actors().as(camp.team().leader(), () -> signOff.draftDiff(camp.campId()).orElseThrow().changes()))
                .hasSize(1);
    }

    private String dayAndTime(int day) {
        LocalDate date = monday.plusDays(day);
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH) + " 09:00";
    }

    @Test
    void anOfferThatWouldBreakAHardRuleIsRefusedWithTheReason() {
        Camp camp = published();

        assertThat(refusal(() -> as(camp, "ann", () -> requests.offer("mon", "Helper", 3))))
                .singleElement().asString().startsWith("The camp's rules do not allow it: ").contains("ann");
        assertThat(refusal(() -> as(camp, "cat", () -> requests.offer("thu", "Helper", 3))))
                .singleElement().asString().contains("cat is away");
        assertThat(refusal(() -> as(camp, "yan", () -> requests.offer("wed", "Helper", 3))))
                .singleElement().asString().contains("guardian's consent");
        assertThat(as(camp, "yan", () -> requests.openShifts())).isEmpty();
        assertThat(refusal(() -> as(camp, "ann", () -> requests.offer("tue", "Helper", 1))))
                .containsExactly("This seat is already yours.");
        assertThat(refusal(() -> as(camp, "ann", () -> requests.offer("wed", "Helper", 1))))
                .containsExactly("Someone has this seat already.");
        assertThat(refusal(() -> as(camp, "ann", () -> requests.offer("wed", "Helper", 9))))
                .containsExactly("There is no such seat in the published roster.");
        assertThat(jdbc.queryForObject("select count(*) from shift_request where camp_id = ?", Integer.class,
                camp.campId())).isZero();
    }

    @Test
    void twoOffersForOneSeatTheFirstAcceptedWinsAndTheOtherIsToldTheSeatHasGone() {
        Camp camp = published();
        long annOffer = as(camp, "ann", () -> requests.offer("wed", "Helper", 3)).requestId();
        as(camp, "zoe", () -> requests.offer("wed", "Helper", 3));

        teams.actors().run(camp.team().leader(), () -> decisions.accept(camp.campId(), annOffer));

        assertThat(as(camp, "zoe", () -> requests.mine())).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(ShiftRequestStatus.OVERTAKEN));
        assertThat(messagesTo(camp.account("zoe"))).contains("The seat you offered to take has gone");
        assertThat(teams.actors().as(camp.team().leader(), () -> decisions.open(camp.campId()))).isEmpty();
    }

    @Test
    void withTheCampsRuleForOffersAnEmptySeatGoesStraightIntoThePublishedRosterAndBothSignersAreTold() {
        Camp camp = published();
        offersStraightToPublished(camp);

        ShiftRequests.OfferOutcome outcome = as(camp, "ann", () -> requests.offer("wed", "Helper", 3));

        assertThat(outcome.status()).isEqualTo(ShiftRequestStatus.PUBLISHED);
        assertThat(outcome.publishedRevision()).isEqualTo(2);
        assertThat(jdbc.queryForList("select number from roster_revision where camp_id = ? and status = 'PUBLISHED'",
                Integer.class, camp.campId())).containsExactly(2);
        assertThat(draftIn(camp, "wed", 3)).isEqualTo("ann");
        assertThat(teams.actors().as(camp.team().leader(), () -> signOff.draftDiff(camp.campId()).orElseThrow().changes()))
                .isEmpty();
        for (String planner : List.of(camp.team().leader(), camp.team().staff())) {
            assertThat(messagesTo(planner)).contains("ann took Helper 3 in wed, " + dayAndTime(2));
        }
        assertThat(jdbc.queryForList("select subject from audit_event where camp_id = ? and action = 'PUBLISHED'",
                String.class, camp.campId())).anyMatch(subject -> subject.startsWith("Revision 2 published by the camp's rule"));
    }

    @Test
    void withTheCampsRuleTwoOffersForOneSeatAtTheSameMomentOneIsPublishedAndTheOtherIsTold() throws Exception {
        Camp camp = published();
        offersStraightToPublished(camp);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Object> ann = () -> {
                start.await();
                return as(camp, "ann", () -> requests.offer("wed", "Helper", 3));
            };
            Callable<Object> zoe = () -> {
                start.await();
                return as(camp, "zoe", () -> requests.offer("wed", "Helper", 3));
            };
            Future<Object> first = threads.submit(ann);
            Future<Object> second = threads.submit(zoe);
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> race : List.of(first, second)) {
                try {
                    outcomes.add(race.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            assertThat(outcomes).filteredOn(ShiftRequests.OfferOutcome.class::isInstance).singleElement()
                    .satisfies(won -> assertThat(((ShiftRequests.OfferOutcome) won).status())
                            .isEqualTo(ShiftRequestStatus.PUBLISHED));
            assertThat(outcomes).filteredOn(ShiftRequestRefusedException.class::isInstance).singleElement()
                    .satisfies(lost -> assertThat(english(((ShiftRequestRefusedException) lost).reasons().get(0)))
                            .isEqualTo("Someone has this seat already."));
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForList("select number from roster_revision where camp_id = ? and status = 'PUBLISHED'",
                Integer.class, camp.campId())).containsExactly(2);
    }

    @Test
    void whileAProposalWaitsForStaffAnOfferWaitsForPlannersEvenWithTheCampsRule() {
        Camp camp = published();
        offersStraightToPublished(camp);
        teams.actors().run(camp.team().leader(), () -> drafts.assign(camp.campId(), new SeatKey("thu", "Helper", 3),
                "ben", false, drafts.snapshot(camp.campId()).get(new SeatKey("thu", "Helper", 3)).version()));
        teams.actors().run(camp.team().leader(), () -> signOff.propose(camp.campId(), true));

        assertThat(as(camp, "ann", () -> requests.offer("wed", "Helper", 3)).status())
                .isEqualTo(ShiftRequestStatus.WAITING_FOR_PLANNERS);
    }

    private void offersStraightToPublished(Camp camp) {
        teams.actors().run(camp.team().leader(), () -> {
            CampSettings seen = setup.load(camp.campId());
            setup.update(camp.campId(), seen, new CampSettings(seen.name(), seen.neighbourhood(), seen.timeZone(),
                    seen.startDate(), seen.endDate(), seen.travelMinutesBetweenSites(), seen.childrenPerAdult(),
                    seen.youthNeedGuardianConsent(), true, seen.weights(), seen.version()));
        });
    }

    @Test
    void aSwapBothPeopleAgreeToIsAcceptedIntoTheDraft() {
        Camp camp = published();
        long ben = personId(camp.campId(), "ben");

        List<SwapPartner> partners = as(camp, "ann", () -> requests.partnersFor("tue", "Helper", 1));
        assertThat(partners).extracting(SwapPartner::name).containsExactly("ben", "cat", "dan", "kim", "yan", "zoe");
        assertThat(partners).filteredOn(p -> p.name().equals("ben")).singleElement()
                .satisfies(p -> assertThat(p.shifts()).extracting(SwapPartner.Shift::sessionId).containsExactly("mon", "wed"));
        long id = as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1, ben, "wed", "Helper", 1));

        assertThat(messagesTo(camp.account("ben"))).contains("ann asks you about a shift");
        assertThat(as(camp, "ben", () -> requests.mine())).singleElement().satisfies(request -> {
            assertThat(request.toAnswer()).isTrue();
            assertThat(english(request.what())).isEqualTo("ann asks you to swap your Helper 1 in wed, " + dayAndTime(2)
                    + " for their Helper 1 in tue, " + dayAndTime(1));
        });
        assertThat(teams.actors().as(camp.team().leader(), () -> decisions.open(camp.campId()))).singleElement()
                .satisfies(request -> assertThat(request.toAnswer()).isFalse());

        as(camp, "ben", () -> {
            requests.answer(id, true);
            return null;
        });
        assertThat(messagesTo(camp.team().staff())).contains("ann and ben agree on a shift change");
        teams.actors().run(camp.team().staff(), () -> decisions.accept(camp.campId(), id));

        assertThat(draftIn(camp, "tue", 1)).isEqualTo("ben");
        assertThat(draftIn(camp, "wed", 1)).isEqualTo("ann");
        assertThat(messagesTo(camp.account("ann"))).contains("ben said yes; the planning team decides now",
                "Your shift request was accepted");
    }

    @Test
    void aHandOverIsRefusedWithEveryReasonWhenItWouldBreakHardRulesAndADeclinedOneIsToldToTheAsker() {
        Camp camp = published();

        // Tuesday would be left with a 16-year-old alone
        assertThat(refusal(() -> as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1,
                personId(camp.campId(), "zoe"), null, null, null))))
                .singleElement().asString().startsWith("The camp's rules do not allow it: ");
        assertThat(refusal(() -> as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1,
                personId(camp.campId(), "yan"), null, null, null))))
                // yan's consent is yan's business: ann is told only that it does not fit them
                .hasSize(2).contains("It does not fit yan's availability or limits then.")
                .noneMatch(reason -> reason.contains("consent"));
        assertThat(refusal(() -> as(camp, "ann", () -> requests.askPartner("wed", "Helper", 1,
                personId(camp.campId(), "cat"), null, null, null))))
                .containsExactly("This shift is not yours in the published roster.");

        long id = as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1, personId(camp.campId(), "cat"),
                null, null, null));
        assertThat(refusal(() -> as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1,
                personId(camp.campId(), "ben"), null, null, null))))
                .containsExactly("You have asked someone about this shift already; take that request back first.");
        as(camp, "cat", () -> {
            requests.answer(id, false);
            return null;
        });

        assertThat(messagesTo(camp.account("ann"))).contains("cat said no to your request");
        assertThat(as(camp, "ann", () -> requests.mine())).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(ShiftRequestStatus.PARTNER_DECLINED));
        assertThat(draftIn(camp, "tue", 1)).isEqualTo("ann");
    }

    @Test
    void aPlannerDeclinesWithAWordThePersonIsTold() {
        Camp camp = published();
        long id = as(camp, "ann", () -> requests.offer("wed", "Helper", 3)).requestId();

        assertThatThrownBy(() -> teams.actors().run(camp.team().leader(), () -> decisions.decline(camp.campId(), id, " ")))
                .isInstanceOfSatisfying(InvalidFormException.class, refused ->
                        assertThat(refused.problems()).extracting(InvalidFormException.FieldProblem::field)
                                .containsExactly("answer"));
        teams.actors().run(camp.team().leader(), () -> decisions.decline(camp.campId(), id, "Two on Wednesday is plenty"));

        assertThat(jdbc.queryForList("select n.body from notification n join user_account p on p.person_id = n.person_id "
                + "where p.username = ?", String.class, camp.account("ann")))
                .anyMatch(body -> body.contains("\"Two on Wednesday is plenty\""));
        assertThat(refusal(() -> teams.actors().run(camp.team().staff(), () -> decisions.accept(camp.campId(), id))))
                .singleElement().asString().startsWith("This request was decided already, by ");
        assertThat(draftIn(camp, "wed", 3)).isNull();
    }

    @Test
    void peopleOfAnotherCampCanDoNothingWithARequest() {
        Camp camp = published();
        Camp other = published();
        long id = as(camp, "ann", () -> requests.askPartner("tue", "Helper", 1, personId(camp.campId(), "cat"),
                null, null, null));

        assertThat(refusal(() -> as(other, "cat", () -> {
            requests.answer(id, true);
            return null;
        }))).containsExactly("This request is not yours to answer.");
        assertThat(refusal(() -> as(other, "ann", () -> {
            requests.cancel(id);
            return null;
        }))).containsExactly("This request is not yours to answer.");
        assertThat(refusal(() -> as(other, "ann", () -> requests.askPartner("tue", "Helper", 1,
                personId(camp.campId(), "ben"), null, null, null))))
                .containsExactly("That person is not in your camp.");
        assertThat(as(other, "cat", () -> requests.mine())).isEmpty();
        assertThatThrownBy(() -> teams.actors().run(other.team().leader(), () -> decisions.open(camp.campId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.actors().run(other.team().leader(), () -> decisions.accept(camp.campId(), id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlannerCannotSeatAYouthWithoutTheGuardiansConsentByHandEither() {
        Camp camp = published();
        SeatKey seat = new SeatKey("wed", "Helper", 3);

        assertThatThrownBy(() -> teams.actors().run(camp.team().leader(), () -> drafts.assign(camp.campId(), seat, "yan",
                false, drafts.snapshot(camp.campId()).get(seat).version())))
                .isInstanceOfSatisfying(InvalidFormException.class, refused -> {
                    assertThat(refused.problems()).extracting(InvalidFormException.FieldProblem::field)
                            .containsExactly("person");
                    assertThat(english(refused.problems().get(0).reason())).startsWith("yan is 14-17 and has no guardian's consent");
                });
        teams.actors().run(camp.team().leader(), () -> drafts.assign(camp.campId(), seat, "zoe", false,
                drafts.snapshot(camp.campId()).get(seat).version()));
        assertThat(draftIn(camp, "wed", 3)).isEqualTo("zoe");
    }

    @Test
    void overTheApiAnOfferIsMadeAndARefusedOneAnswers409WithEveryReasonInTheCallersLanguage() throws Exception {
        Camp camp = published();
        String ann = camp.account("ann");

        mvc.perform(get("/api/me/open-shifts").with(httpBasic(ann, "long enough")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].sessionId", containsInAnyOrder("wed", "thu")));
        mvc.perform(post("/api/me/offers").with(httpBasic(ann, "long enough")).header("Accept-Language", "fr")
                        .contentType("application/json").content("{\"session\": \"mon\", \"role\": \"Helper\", \"index\": 3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", startsWith("Les règles du camp ne le permettent pas : ")))
                .andExpect(jsonPath("$.reasons.length()").value(1));
        mvc.perform(post("/api/me/offers").with(httpBasic(ann, "long enough"))
                        .contentType("application/json").content("{\"session\": \"wed\", \"role\": \"Helper\", \"index\": 3}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITING_FOR_PLANNERS"));
        mvc.perform(get("/api/me/requests").with(httpBasic(ann, "long enough")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].what").value("You offer to take Helper 3 in wed, " + dayAndTime(2)))
                .andExpect(jsonPath("$[0].standing").value("Waiting for the planning team"));
    }
}
