package org.campcoplanner.planning.rules;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;
import static org.campcoplanner.planning.rules.TestCamp.VSC;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

class RosterConstraintsTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, SeatAssignment.class);

    @Nested
    class Rule1OnlyWhenAvailable {

        @Test
        void sessionOverMidnightFitsAWindowOverMidnight() {
            Roster roster = new TestCamp()
                    .person("amina", LEADER, p -> p.weekly(DayOfWeek.FRIDAY, "18:00", "10:00"))
                    .session("campout", "2026-07-10T19:00", "2026-07-11T09:00").roster();

            verifier.verifyThat(RosterConstraints::onlyWhenAvailable)
                    .given((Object[]) sit(roster, seat(roster, "campout", 1), "amina"))
                    .penalizesBy(0);
        }

        @Test
        void sessionOverMidnightBreaksAWindowEndingAtMidnight() {
            Roster roster = new TestCamp()
                    .person("amina", LEADER, p -> p.weekly(DayOfWeek.FRIDAY, "18:00", "00:00"))
                    .session("campout", "2026-07-10T19:00", "2026-07-11T09:00").roster();

            verifier.verifyThat(RosterConstraints::onlyWhenAvailable)
                    .given((Object[]) sit(roster, seat(roster, "campout", 1), "amina"))
                    .penalizesBy(1);
        }

        @Test
        void aHolidayBlockOverridesWeeklyWindows() {
            Roster roster = new TestCamp()
                    .person("amina", LEADER, p -> p.weekly(DayOfWeek.WEDNESDAY, "09:00", "17:00")
                            .away("2026-07-20T00:00", "2026-07-27T00:00"))
                    .session("swim1", "2026-07-15T13:00", "2026-07-15T16:00")
                    .session("swim2", "2026-07-22T13:00", "2026-07-22T16:00").roster();

            verifier.verifyThat(RosterConstraints::onlyWhenAvailable)
                    .given((Object[]) sit(roster, seat(roster, "swim1", 1), "amina", seat(roster, "swim2", 1), "amina"))
                    .penalizesBy(1);
        }

        @Test
        void windowsAddUpAndDatedWindowsCount() {
            Roster roster = new TestCamp()
                    .person("amina", LEADER, p -> p.weekly(DayOfWeek.SATURDAY, "09:00", "12:00")
                            .dated("2026-07-11T12:00", "2026-07-11T17:00"))
                    .session("trip", "2026-07-11T10:00", "2026-07-11T16:00").roster();

            verifier.verifyThat(RosterConstraints::onlyWhenAvailable)
                    .given((Object[]) sit(roster, seat(roster, "trip", 1), "amina"))
                    .penalizesBy(0);
        }

        @Test
        void partlyAvailableIsNotAvailable() {
            Roster roster = new TestCamp()
                    .person("amina", LEADER, p -> p.weekly(DayOfWeek.SATURDAY, "09:00", "12:00"))
                    .session("trip", "2026-07-11T10:00", "2026-07-11T16:00").roster();

            verifier.verifyThat(RosterConstraints::onlyWhenAvailable)
                    .given((Object[]) sit(roster, seat(roster, "trip", 1), "amina"))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Rule2OnePlaceAtATime {

        @Test
        void overlappingSessionsBreak() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("a", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("b", "2026-07-06T11:00", "2026-07-06T14:00").roster();

            verifier.verifyThat(RosterConstraints::onePlaceAtATime)
                    .given((Object[]) sit(roster, seat(roster, "a", 1), "noah", seat(roster, "b", 1), "noah"))
                    .penalizesBy(1);
        }

        @Test
        void twoSeatsOfOneSessionBreak() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("a", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::onePlaceAtATime)
                    .given((Object[]) sit(roster, seat(roster, "a", 1), "noah", seat(roster, "a", 2), "noah"))
                    .penalizesBy(1);
        }

        @Test
        void tooLittleTimeToTravelBetweenSitesBreaks() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("a", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("b", "2026-07-06T12:20", "2026-07-06T14:00", s -> s.at("pool")).roster();

            verifier.verifyThat(RosterConstraints::onePlaceAtATime)
                    .given((Object[]) sit(roster, seat(roster, "a", 1), "noah", seat(roster, "b", 1), "noah"))
                    .penalizesBy(1);
        }

        @Test
        void enoughTimeToTravelOrTheSameSiteIsFine() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("a", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("b", "2026-07-06T12:30", "2026-07-06T14:00", s -> s.at("pool"))
                    .session("c", "2026-07-06T14:00", "2026-07-06T15:00", s -> s.at("pool")).roster();

            verifier.verifyThat(RosterConstraints::onePlaceAtATime)
                    .given((Object[]) sit(roster, seat(roster, "a", 1), "noah", seat(roster, "b", 1), "noah",
                            seat(roster, "c", 1), "noah"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule3CredentialsValid {

        private Roster lifeguardRoster(String validUntil) {
            return new TestCamp()
                    .person("wen", VOLUNTEER, p -> p.credential("LIFEGUARD", validUntil))
                    .session("swim", "2026-07-08T13:00", "2026-07-08T16:00",
                            s -> s.seat("Lifeguard", List.of("LIFEGUARD"), null, 40).seat("Helper", 2))
                    .roster();
        }

        @Test
        void aCredentialExpiringOnTheSessionsLastDayStillCounts() {
            Roster roster = lifeguardRoster("2026-07-08");

            verifier.verifyThat(RosterConstraints::requiredCredentialsValid)
                    .given((Object[]) sit(roster, seat(roster, "swim", "Lifeguard", 1), "wen"))
                    .penalizesBy(0);
        }

        @Test
        void aCredentialExpiringTheDayBeforeDoesNot() {
            Roster roster = lifeguardRoster("2026-07-07");

            verifier.verifyThat(RosterConstraints::requiredCredentialsValid)
                    .given((Object[]) sit(roster, seat(roster, "swim", "Lifeguard", 1), "wen"))
                    .penalizesBy(1);
        }

        @Test
        void anOvernightSessionNeedsTheCredentialOnTheMorningAfter() {
            Roster roster = new TestCamp()
                    .person("wen", VOLUNTEER, p -> p.credential("FIRST_AID", "2026-07-10"))
                    .session("campout", "2026-07-10T19:00", "2026-07-11T09:00",
                            s -> s.seat("First aider", List.of("FIRST_AID"), null, 20).seat("Helper", 2))
                    .roster();

            verifier.verifyThat(RosterConstraints::requiredCredentialsValid)
                    .given((Object[]) sit(roster, seat(roster, "campout", "First aider", 1), "wen"))
                    .penalizesBy(1);
        }

        @Test
        void aCredentialWithoutExpiryNeverExpires() {
            Roster roster = lifeguardRoster(null);

            verifier.verifyThat(RosterConstraints::requiredCredentialsValid)
                    .given((Object[]) sit(roster, seat(roster, "swim", "Lifeguard", 1), "wen"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule4AllowedKinds {

        private Roster leadRoster() {
            return new TestCamp().person("vic", VOLUNTEER).person("lee", LEADER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00",
                            s -> s.seat("Lead", List.of(VSC), List.of(STAFF, LEADER), 30).seat("Helper", 2))
                    .roster();
        }

        @Test
        void aVolunteerCannotLead() {
            Roster roster = leadRoster();

            verifier.verifyThat(RosterConstraints::rightKindForTheSeat)
                    .given((Object[]) sit(roster, seat(roster, "s", "Lead", 1), "vic"))
                    .penalizesBy(1);
        }

        @Test
        void aLeaderCanLead() {
            Roster roster = leadRoster();

            verifier.verifyThat(RosterConstraints::rightKindForTheSeat)
                    .given((Object[]) sit(roster, seat(roster, "s", "Lead", 1), "lee", seat(roster, "s", 1), "vic"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule5Safeguarding {

        @Test
        void youthNeverCountAsAdults() {
            Roster roster = new TestCamp().person("noah", STAFF).person("sam", VOLUNTEER, p -> p.youth())
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::safeguarding)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "noah", seat(roster, "s", 2), "sam"))
                    .penalizesBy(1);
        }

        @Test
        void twoCheckedAdultsAreSafeForFewChildren() {
            Roster roster = new TestCamp().person("noah", STAFF).person("lee", LEADER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.children(12, "6-8")).roster();

            verifier.verifyThat(RosterConstraints::safeguarding)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "noah", seat(roster, "s", 2), "lee"))
                    .penalizesBy(0);
        }

        @Test
        void theRatioDependsOnTheAgeGroup() {
            Roster roster = new TestCamp().person("noah", STAFF).person("lee", LEADER)
                    .session("older", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.children(20, "9-12"))
                    .session("younger", "2026-07-07T09:00", "2026-07-07T12:00", s -> s.children(20, "6-8")).roster();

            verifier.verifyThat(RosterConstraints::safeguarding)
                    .given((Object[]) sit(roster, seat(roster, "older", 1), "noah", seat(roster, "older", 2), "lee",
                            seat(roster, "younger", 1), "noah", seat(roster, "younger", 2), "lee"))
                    .penalizesBy(1);
        }

        @Test
        void someoneMustHoldAValidVulnerableSectorCheck() {
            Roster roster = new TestCamp()
                    .person("ann", VOLUNTEER, p -> p.noCheck())
                    .person("bo", VOLUNTEER, p -> p.noCheck().credential(VSC, "2026-07-05"))
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::safeguarding)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "ann", seat(roster, "s", 2), "bo"))
                    .penalizesBy(1);
        }

        @Test
        void anEmptySessionIsUnstaffedNotUnsafe() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.children(30, "6-8")).roster();

            verifier.verifyThat(RosterConstraints::safeguarding)
                    .given(roster.getSeats().toArray())
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule6Limits {

        @Test
        void hoursPerDayCountOnTheDayASessionStarts() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.maxHoursPerDay(6))
                    .session("morning", "2026-07-10T09:00", "2026-07-10T12:00")
                    .session("campout", "2026-07-10T19:00", "2026-07-11T09:00").roster();

            verifier.verifyThat(RosterConstraints::hoursPerDayWithinLimit)
                    .given((Object[]) sit(roster, seat(roster, "morning", 1), "wen", seat(roster, "campout", 1), "wen"))
                    .penalizesBy(11);
        }

        @Test
        void hoursPerDayWithinTheLimitAreFine() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.maxHoursPerDay(6))
                    .session("morning", "2026-07-10T09:00", "2026-07-10T12:00")
                    .session("afternoon", "2026-07-10T13:00", "2026-07-10T16:00").roster();

            verifier.verifyThat(RosterConstraints::hoursPerDayWithinLimit)
                    .given((Object[]) sit(roster, seat(roster, "morning", 1), "wen", seat(roster, "afternoon", 1), "wen"))
                    .penalizesBy(0);
        }

        @Test
        void hoursPerIsoWeekBreakWhenOverTheLimit() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.maxHoursPerWeek(5))
                    .session("sun", "2026-07-12T09:00", "2026-07-12T12:00")
                    .session("mon", "2026-07-13T09:00", "2026-07-13T12:00")
                    .session("tue", "2026-07-14T09:00", "2026-07-14T12:00").roster();

            verifier.verifyThat(RosterConstraints::hoursPerWeekWithinLimit)
                    .given((Object[]) sit(roster, seat(roster, "sun", 1), "wen", seat(roster, "mon", 1), "wen",
                            seat(roster, "tue", 1), "wen"))
                    .penalizesBy(1);
        }

        @Test
        void aWorkingPeriodTooLongFor11HoursRestBreaks() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("morning", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("evening", "2026-07-06T20:00", "2026-07-06T23:00").roster();

            verifier.verifyThat(RosterConstraints::restBetweenShifts)
                    .given((Object[]) sit(roster, seat(roster, "morning", 1), "noah", seat(roster, "evening", 1), "noah"))
                    .penalizesBy(1);
        }

        @Test
        void aWorkingPeriodWithin13HoursIsFine() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("morning", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("afternoon", "2026-07-06T13:00", "2026-07-06T16:00")
                    .session("evening", "2026-07-06T18:00", "2026-07-06T21:00")
                    .session("nextMorning", "2026-07-07T08:00", "2026-07-07T12:00").roster();

            verifier.verifyThat(RosterConstraints::restBetweenShifts)
                    .given((Object[]) sit(roster, seat(roster, "morning", 1), "noah", seat(roster, "afternoon", 1), "noah",
                            seat(roster, "evening", 1), "noah", seat(roster, "nextMorning", 1), "noah"))
                    .penalizesBy(0);
        }

        @Test
        void exactlyTheMinimumRestSeparatesWorkingPeriods() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("evening", "2026-07-06T18:00", "2026-07-06T21:00")
                    .session("morning", "2026-07-07T08:00", "2026-07-07T18:00").roster();

            verifier.verifyThat(RosterConstraints::restBetweenShifts)
                    .given((Object[]) sit(roster, seat(roster, "evening", 1), "noah", seat(roster, "morning", 1), "noah"))
                    .penalizesBy(0);
        }

        @Test
        void volunteersHaveNoMinimumRestByDefault() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER)
                    .session("morning", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("evening", "2026-07-06T20:00", "2026-07-06T23:00").roster();

            verifier.verifyThat(RosterConstraints::restBetweenShifts)
                    .given((Object[]) sit(roster, seat(roster, "morning", 1), "wen", seat(roster, "evening", 1), "wen"))
                    .penalizesBy(0);
        }

        @Test
        void staffHoursOutsideStandardHoursOverTheWeeklyCapBreak() {
            Roster roster = new TestCamp().person("noah", STAFF, p -> p.maxHoursOutsideStandard(4).minRestHours(0))
                    .session("tue", "2026-07-07T18:00", "2026-07-07T21:00")
                    .session("thu", "2026-07-09T16:00", "2026-07-09T19:00").roster();

            verifier.verifyThat(RosterConstraints::staffHoursOutsideStandardWithinCap)
                    .given((Object[]) sit(roster, seat(roster, "tue", 1), "noah", seat(roster, "thu", 1), "noah"))
                    .penalizesBy(1);
        }

        @Test
        void staffHoursOutsideStandardHoursUnderTheCapAreFine() {
            Roster roster = new TestCamp().person("noah", STAFF, p -> p.maxHoursOutsideStandard(5).minRestHours(0))
                    .session("tue", "2026-07-07T18:00", "2026-07-07T21:00")
                    .session("thu", "2026-07-09T16:00", "2026-07-09T19:00")
                    .session("nextWeek", "2026-07-14T18:00", "2026-07-14T21:00").roster();

            verifier.verifyThat(RosterConstraints::staffHoursOutsideStandardWithinCap)
                    .given((Object[]) sit(roster, seat(roster, "tue", 1), "noah", seat(roster, "thu", 1), "noah",
                            seat(roster, "nextWeek", 1), "noah"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule6YouthConsent {

        private Roster campWithYouth(UnaryOperator<TestCamp> rules, UnaryOperator<TestCamp.PersonSpec> sam) {
            return rules.apply(new TestCamp()).person("sam", VOLUNTEER, p -> sam.apply(p.youth()))
                    .session("s", "2026-07-08T09:00", "2026-07-08T12:00").roster();
        }

        @Test
        void aYouthWithoutConsentBreaksWhereTheCampAsksForIt() {
            Roster roster = campWithYouth(TestCamp::youthNeedGuardianConsent, p -> p);

            verifier.verifyThat(RosterConstraints::youthWithGuardianConsent)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "sam"))
                    .penalizesBy(1);
        }

        @Test
        void aConsentGivenAfterTheSessionsFirstDayDoesNotCountYet() {
            Roster roster = campWithYouth(TestCamp::youthNeedGuardianConsent, p -> p.consentGiven("2026-07-09"));

            verifier.verifyThat(RosterConstraints::youthWithGuardianConsent)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "sam"))
                    .penalizesBy(1);
        }

        @Test
        void aConsentGivenOnTheSessionsFirstDayCounts() {
            Roster roster = campWithYouth(TestCamp::youthNeedGuardianConsent, p -> p.consentGiven("2026-07-08"));

            verifier.verifyThat(RosterConstraints::youthWithGuardianConsent)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "sam"))
                    .penalizesBy(0);
        }

        @Test
        void aCampThatDoesNotAskNeedsNoConsent() {
            Roster roster = campWithYouth(camp -> camp, p -> p);

            verifier.verifyThat(RosterConstraints::youthWithGuardianConsent)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "sam"))
                    .penalizesBy(0);
        }

        @Test
        void adultsNeedNoConsent() {
            Roster roster = new TestCamp().youthNeedGuardianConsent().person("lee", LEADER)
                    .session("s", "2026-07-08T09:00", "2026-07-08T12:00").roster();

            verifier.verifyThat(RosterConstraints::youthWithGuardianConsent)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "lee"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule7EverySeatFilled {

        @Test
        void emptySeatsCostTheirPriority() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00",
                            s -> s.seat("Lead", List.of(VSC), null, 30).seat("Helper", 2)).roster();
            sit(roster, seat(roster, "s", 1), "noah");

            verifier.verifyThat(RosterConstraints::everySeatFilled)
                    .given(roster.getSeats().toArray())
                    .penalizesBy(30 + 10);
        }

        @Test
        void aFullSessionCostsNothing() {
            Roster roster = new TestCamp().person("a", STAFF).person("b", LEADER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.seat("Helper", 2)).roster();

            verifier.verifyThat(RosterConstraints::everySeatFilled)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "a", seat(roster, "s", 2), "b"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule8Fairness {

        @Test
        void hoursAwayFromThePledgeCountSquared() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.pledged(4))
                    .session("s", "2026-07-06T09:00", "2026-07-06T11:00").roster();

            // week 1: 2 h of 4 (120 min off), weeks 2 and 3: nothing of 4 (240 min off each)
            verifier.verifyThat(RosterConstraints::fairShareOfPledgedHours)
                    .given(concat(roster.getPledgeWeeks().toArray(), sit(roster, seat(roster, "s", 1), "wen")))
                    .penalizesBy(120 * 120 / 60 + 2 * (240 * 240 / 60));
        }

        @Test
        void hoursAsPledgedCostNothing() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.pledged(3))
                    .session("w1", "2026-07-06T09:00", "2026-07-06T12:00")
                    .session("w2", "2026-07-13T09:00", "2026-07-13T12:00")
                    .session("w3", "2026-07-20T09:00", "2026-07-20T12:00").roster();

            verifier.verifyThat(RosterConstraints::fairShareOfPledgedHours)
                    .given(concat(roster.getPledgeWeeks().toArray(), sit(roster, seat(roster, "w1", 1), "wen",
                            seat(roster, "w2", 1), "wen", seat(roster, "w3", 1), "wen")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule9StaffOutsideStandardHours {

        @Test
        void eveningMinutesOfStaffCount() {
            Roster roster = new TestCamp().person("noah", STAFF)
                    .session("s", "2026-07-07T16:00", "2026-07-07T19:00").roster();

            verifier.verifyThat(RosterConstraints::fewStaffHoursOutsideStandardHours)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "noah"))
                    .penalizesBy(120);
        }

        @Test
        void weekdayDaytimeAndResidentsCostNothing() {
            Roster roster = new TestCamp().person("noah", STAFF).person("wen", VOLUNTEER)
                    .session("day", "2026-07-07T09:00", "2026-07-07T12:00")
                    .session("evening", "2026-07-07T18:00", "2026-07-07T21:00").roster();

            verifier.verifyThat(RosterConstraints::fewStaffHoursOutsideStandardHours)
                    .given((Object[]) sit(roster, seat(roster, "day", 1), "noah", seat(roster, "evening", 1), "wen"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule10CoDelivery {

        @Test
        void aSessionOfResidentsOnlyCounts() {
            Roster roster = new TestCamp().person("lee", LEADER).person("wen", VOLUNTEER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::residentsAndStaffDeliverTogether)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "lee", seat(roster, "s", 2), "wen"))
                    .penalizesBy(1);
        }

        @Test
        void residentsWithStaffDeliverTogether() {
            Roster roster = new TestCamp().person("noah", STAFF).person("wen", VOLUNTEER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::residentsAndStaffDeliverTogether)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "noah", seat(roster, "s", 2), "wen"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule11PeerSupport {

        @Test
        void aNewVolunteerWithoutAnExperiencedPersonCounts() {
            Roster roster = new TestCamp().person("new1", VOLUNTEER, p -> p.newcomer())
                    .person("new2", VOLUNTEER, p -> p.newcomer())
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::newVolunteersAlongsideExperienced)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "new1", seat(roster, "s", 2), "new2"))
                    .penalizesBy(2);
        }

        @Test
        void aNewVolunteerAlongsideAnExperiencedPersonIsSupported() {
            Roster roster = new TestCamp().person("new1", VOLUNTEER, p -> p.newcomer()).person("lee", LEADER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::newVolunteersAlongsideExperienced)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "new1", seat(roster, "s", 2), "lee"))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Rule12Continuity {

        private Roster series() {
            return new TestCamp().person("a", STAFF).person("b", LEADER).person("c", VOLUNTEER)
                    .session("tue", "2026-07-07T18:00", "2026-07-07T21:00", s -> s.series("Evening sports").seat("Helper", 2))
                    .session("thu", "2026-07-09T18:00", "2026-07-09T21:00", s -> s.series("Evening sports").seat("Helper", 2))
                    .roster();
        }

        @Test
        void theSamePeopleAcrossASeriesCountOnce() {
            Roster roster = series();

            verifier.verifyThat(RosterConstraints::sameFacesAcrossASeries)
                    .given((Object[]) sit(roster, seat(roster, "tue", 1), "a", seat(roster, "tue", 2), "b",
                            seat(roster, "thu", 1), "a", seat(roster, "thu", 2), "b"))
                    .penalizesBy(2);
        }

        @Test
        void changingFacesCountMore() {
            Roster roster = series();

            verifier.verifyThat(RosterConstraints::sameFacesAcrossASeries)
                    .given((Object[]) sit(roster, seat(roster, "tue", 1), "a", seat(roster, "tue", 2), "b",
                            seat(roster, "thu", 1), "a", seat(roster, "thu", 2), "c"))
                    .penalizesBy(3);
        }
    }

    @Nested
    class Rule13Preferences {

        @Test
        void aLikedActivityIsRewarded() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.likes("swim"))
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.activity("swim")).roster();

            verifier.verifyThat(RosterConstraints::likedActivities)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "wen"))
                    .rewardsWith(1);
        }

        @Test
        void aDislikedActivityIsPenalised() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.dislikes("swim"))
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.activity("swim")).roster();

            verifier.verifyThat(RosterConstraints::dislikedActivities)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "wen"))
                    .penalizesBy(1);
        }

        @Test
        void anActivityWithoutFeelingsCountsNothing() {
            Roster roster = new TestCamp().person("wen", VOLUNTEER, p -> p.likes("arts"))
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.activity("swim")).roster();

            verifier.verifyThat(RosterConstraints::likedActivities)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "wen"))
                    .rewardsWith(0);
        }
    }

    @Nested
    class Rule14Stability {

        private Roster publishedRoster() {
            return new TestCamp().person("a", STAFF).person("b", LEADER)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00", s -> s.seat("Helper", 2))
                    .published("s", "Helper", 1, "a").published("s", "Helper", 2, "b").roster();
        }

        @Test
        void aSeatChangedSinceThePublishedRosterCounts() {
            Roster roster = publishedRoster();

            verifier.verifyThat(RosterConstraints::publishedRosterKept)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "b", seat(roster, "s", 2), "a"))
                    .penalizesBy(2);
        }

        @Test
        void theSameRosterAsPublishedCostsNothing() {
            Roster roster = publishedRoster();

            verifier.verifyThat(RosterConstraints::publishedRosterKept)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "a", seat(roster, "s", 2), "b"))
                    .penalizesBy(0);
        }

        @Test
        void withoutAPublishedRosterNothingCounts() {
            Roster roster = new TestCamp().person("a", STAFF)
                    .session("s", "2026-07-06T09:00", "2026-07-06T12:00").roster();

            verifier.verifyThat(RosterConstraints::publishedRosterKept)
                    .given((Object[]) sit(roster, seat(roster, "s", 1), "a"))
                    .penalizesBy(0);
        }
    }

    private static Object[] concat(Object[] facts, SeatAssignment[] seats) {
        Object[] all = new Object[facts.length + seats.length];
        System.arraycopy(facts, 0, all, 0, facts.length);
        System.arraycopy(seats, 0, all, facts.length, seats.length);
        return all;
    }
}
