package org.campcoplanner.planning.rules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.ConnectedRange;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.ConnectedRangeChain;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.campcoplanner.planning.domain.PledgeWeek;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConnectedRanges;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

/**
 * The roster rules of DOMAIN.md section 3, one method each (rule 6 has one per limit), each
 * marked {@code // Rule N} as docs/rules.md explains it. Hard penalties count violations, or started
 * hours beyond a limit; medium counts empty seats by priority; soft rules are weighted by the camp's
 * settings (see {@code SoftRuleWeights}).
 */
public class RosterConstraints implements ConstraintProvider {

    private static final int DAY_MINUTES = 24 * 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                onlyWhenAvailable(factory),
                onePlaceAtATime(factory),
                requiredCredentialsValid(factory),
                rightKindForTheSeat(factory),
                safeguarding(factory),
                hoursPerDayWithinLimit(factory),
                hoursPerWeekWithinLimit(factory),
                restBetweenShifts(factory),
                staffHoursOutsideStandardWithinCap(factory),
                youthWithGuardianConsent(factory),
                everySeatFilled(factory),
                fairShareOfPledgedHours(factory),
                fewStaffHoursOutsideStandardHours(factory),
                residentsAndStaffDeliverTogether(factory),
                newVolunteersAlongsideExperienced(factory),
                sameFacesAcrossASeries(factory),
                likedActivities(factory),
                dislikedActivities(factory),
                publishedRosterKept(factory)
        };
    }

    // Rule 1 in docs/rules.md
    Constraint onlyWhenAvailable(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> !seat.getPerson().isAvailableFor(seat.getSession()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> new RuleBreach.NotAvailable(seat, seat.getPerson()))
                .asConstraint(RuleNames.AVAILABILITY);
    }

    // Rule 2 in docs/rules.md
    Constraint onePlaceAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(SeatAssignment.class,
                        equal(SeatAssignment::getPerson),
                        overlapping(seat -> seat.getSession().startMinute(),
                                seat -> seat.getSession().endMinute() + seat.getSession().travelMinutes()))
                .filter((first, second) -> first.getSession().conflictsWith(second.getSession()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((first, second, score) -> new RuleBreach.DoubleBooked(first.getPerson(), first, second))
                .asConstraint(RuleNames.ONE_PLACE_AT_A_TIME);
    }

    // Rule 3 in docs/rules.md
    Constraint requiredCredentialsValid(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.missingCredentialsOf(seat.getPerson()) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, seat -> seat.missingCredentialsOf(seat.getPerson()))
                .justifyWith((seat, score) -> new RuleBreach.MissingCredential(seat, seat.getPerson()))
                .asConstraint(RuleNames.CREDENTIALS);
    }

    // Rule 4 in docs/rules.md
    Constraint rightKindForTheSeat(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> !seat.allowsKindOf(seat.getPerson()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> new RuleBreach.WrongKind(seat, seat.getPerson()))
                .asConstraint(RuleNames.KINDS);
    }

    // Rule 5 in docs/rules.md: a session with anyone in it; an empty session costs under rule 7 instead
    Constraint safeguarding(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> crew.adults() < session.adultsNeeded() || crew.checkedAdults() == 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (session, crew) ->
                        Math.max(0, session.adultsNeeded() - crew.adults()) + (crew.checkedAdults() == 0 ? 1 : 0))
                .justifyWith((session, crew, score) ->
                        new RuleBreach.Unsafe(session, crew.adults(), crew.checkedAdults() > 0))
                .asConstraint(RuleNames.SAFEGUARDING);
    }

    // Rule 6 in docs/rules.md: youth consent, where the camp's rules ask for it
    Constraint youthWithGuardianConsent(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().lacksGuardianConsentFor(seat.getSession()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> new RuleBreach.NoGuardianConsent(seat, seat.getPerson()))
                .asConstraint(RuleNames.GUARDIAN_CONSENT);
    }

    // Rule 6 in docs/rules.md: hours per day, counted on the day a session starts
    Constraint hoursPerDayWithinLimit(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().limits().maxMinutesPerDay() != null)
                .groupBy(SeatAssignment::getPerson, seat -> seat.getSession().start().toLocalDate(),
                        sum(seat -> seat.getSession().durationMinutes()))
                .filter((person, day, minutes) -> minutes > person.limits().maxMinutesPerDay())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (person, day, minutes) -> startedHours(minutes - person.limits().maxMinutesPerDay()))
                .justifyWith((person, day, minutes, score) -> new RuleBreach.TooLongDay(person, day, minutes))
                .asConstraint(RuleNames.HOURS_PER_DAY);
    }

    // Rule 6 in docs/rules.md: hours per ISO week, counted in the week a session starts
    Constraint hoursPerWeekWithinLimit(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().limits().maxMinutesPerWeek() != null)
                .groupBy(SeatAssignment::getPerson, seat -> seat.getSession().monday(),
                        sum(seat -> seat.getSession().durationMinutes()))
                .filter((person, monday, minutes) -> minutes > person.limits().maxMinutesPerWeek())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (person, monday, minutes) -> startedHours(minutes - person.limits().maxMinutesPerWeek()))
                .justifyWith((person, monday, minutes, score) -> new RuleBreach.TooLongWeek(person, monday, minutes))
                .asConstraint(RuleNames.HOURS_PER_WEEK);
    }

    /**
     * Rule 6 in docs/rules.md: sessions closer together than the minimum rest form one working period, which may
     * span at most 24 minus min-rest hours. Stretching each session by the rest that must follow
     * it turns working periods into connected ranges, and the limit into "shorter than 24 hours".
     * The stretch is one minute short of the rest, because touching ranges connect, while a gap of
     * exactly the minimum rest separates two working periods.
     */
    Constraint restBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().limits().minRestMinutes() > 0)
                .groupBy(SeatAssignment::getPerson,
                        toConnectedRanges(seat -> seat.getSession().startMinute(),
                                seat -> seat.getSession().endMinute() + seat.getPerson().limits().minRestMinutes() - 1))
                // scanning the ranges here is much cheaper than flattening them into separate matches
                .filter((person, periods) -> firstTooLong(periods) != null)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (person, periods) -> {
                    int excessHours = 0;
                    for (ConnectedRange<SeatAssignment, Long, Long> period : periods.getConnectedRanges()) {
                        if (period.getLength() >= DAY_MINUTES) {
                            excessHours += startedHours(period.getLength() - DAY_MINUTES + 1);
                        }
                    }
                    return excessHours;
                })
                .justifyWith((person, periods, score) -> {
                    ConnectedRange<SeatAssignment, Long, Long> period = firstTooLong(periods);
                    return new RuleBreach.TooLittleRest(person,
                            period.getLength() - person.limits().minRestMinutes() + 1, seatsOf(period));
                })
                .asConstraint(RuleNames.REST);
    }

    private static ConnectedRange<SeatAssignment, Long, Long> firstTooLong(
            ConnectedRangeChain<SeatAssignment, Long, Long> periods) {
        for (ConnectedRange<SeatAssignment, Long, Long> period : periods.getConnectedRanges()) {
            if (period.getLength() >= DAY_MINUTES) {
                return period;
            }
        }
        return null;
    }

    // Rule 6 in docs/rules.md: staff hours outside their standard hours, per ISO week, under their cap
    Constraint staffHoursOutsideStandardWithinCap(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().limits().maxMinutesOutsideStandardPerWeek() != null
                        && seat.getPerson().minutesOutsideStandardHours(seat.getSession()) > 0)
                .groupBy(SeatAssignment::getPerson, seat -> seat.getSession().monday(),
                        sum(seat -> seat.getPerson().minutesOutsideStandardHours(seat.getSession())))
                .filter((person, monday, minutes) -> minutes > person.limits().maxMinutesOutsideStandardPerWeek())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (person, monday, minutes) ->
                        startedHours(minutes - person.limits().maxMinutesOutsideStandardPerWeek()))
                .justifyWith((person, monday, minutes, score) -> new RuleBreach.OverStaffCap(person, monday, minutes))
                .asConstraint(RuleNames.STAFF_OUTSIDE_STANDARD_CAP);
    }

    // Rule 7 in docs/rules.md
    Constraint everySeatFilled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(seat -> seat.getPerson() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, SeatAssignment::getPriority)
                .justifyWith((seat, score) -> new RuleBreach.EmptySeat(seat))
                .asConstraint(RuleNames.EMPTY_SEATS);
    }

    // Rule 8 in docs/rules.md: quadratic, so two people 2 h off weigh less than one person 4 h off
    Constraint fairShareOfPledgedHours(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().hasPledged())
                .groupBy(seat -> seat.getPerson().pledgeWeekOf(seat.getSession()),
                        sum(seat -> seat.getSession().durationMinutes()))
                .complement(PledgeWeek.class, week -> 0)
                .filter((week, minutes) -> minutes != week.pledgedMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (week, minutes) -> {
                    long off = minutes - week.pledgedMinutes();
                    return off * off / 60;
                })
                .justifyWith((week, minutes, score) -> new RuleBreach.PledgeGap(week.person(),
                        week.monday(), minutes, week.pledgedMinutes()))
                .asConstraint(RuleNames.FAIRNESS);
    }

    // Rule 9 in docs/rules.md
    Constraint fewStaffHoursOutsideStandardHours(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().minutesOutsideStandardHours(seat.getSession()) > 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT,
                        seat -> seat.getPerson().minutesOutsideStandardHours(seat.getSession()))
                .justifyWith((seat, score) -> new RuleBreach.OutsideStandardHours(seat, seat.getPerson(),
                        seat.getPerson().minutesOutsideStandardHours(seat.getSession())))
                .asConstraint(RuleNames.STAFF_OUTSIDE_STANDARD_HOURS);
    }

    // Rule 10 in docs/rules.md
    Constraint residentsAndStaffDeliverTogether(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> crew.residents() == 0 || crew.staff() == 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((session, crew, score) ->
                        new RuleBreach.NotCoDelivered(session, crew.residents(), crew.staff()))
                .asConstraint(RuleNames.CO_DELIVERY);
    }

    /** Who is in each session that has anyone in it; rules 5 and 10 share this one grouping. */
    private static BiConstraintStream<Session, Crew> crews(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class).groupBy(SeatAssignment::getSession, CREW);
    }

    private record Crew(int adults, int checkedAdults, int residents, int staff) {
    }

    private static final UniConstraintCollector<SeatAssignment, ?, Crew> CREW = compose(
            sum(seat -> seat.getPerson().isAdult() ? 1 : 0),
            sum(seat -> seat.getPerson().isCheckedAdultFor(seat.getSession()) ? 1 : 0),
            sum(seat -> seat.getPerson().isResident() ? 1 : 0),
            sum(seat -> seat.getPerson().isStaff() ? 1 : 0),
            Crew::new);

    // Rule 11 in docs/rules.md
    Constraint newVolunteersAlongsideExperienced(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().isNewVolunteer())
                .ifNotExists(SeatAssignment.class, equal(SeatAssignment::getSession),
                        filtering((seat, other) -> other.getPerson().experienced()))
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((seat, score) -> new RuleBreach.NewVolunteerAlone(seat, seat.getPerson()))
                .asConstraint(RuleNames.PEER_SUPPORT);
    }

    // Rule 12 in docs/rules.md: every different person in a series counts, so the same people return
    Constraint sameFacesAcrossASeries(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getSession().series() != null)
                .groupBy(seat -> seat.getSession().series(), countDistinct(SeatAssignment::getPerson))
                .penalize(HardMediumSoftLongScore.ONE_SOFT, (series, people) -> people)
                .justifyWith((series, people, score) -> new RuleBreach.SeriesSpread(series, people))
                .asConstraint(RuleNames.CONTINUITY);
    }

    // Rule 13 in docs/rules.md: liked activities rewarded
    Constraint likedActivities(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().preferenceFor(seat.getSession()) > 0)
                .reward(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((seat, score) -> new RuleBreach.Preference(seat, seat.getPerson(), true))
                .asConstraint(RuleNames.LIKED_ACTIVITIES);
    }

    // Rule 13 in docs/rules.md: disliked activities penalised
    Constraint dislikedActivities(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(seat -> seat.getPerson().preferenceFor(seat.getSession()) < 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((seat, score) -> new RuleBreach.Preference(seat, seat.getPerson(), false))
                .asConstraint(RuleNames.DISLIKED_ACTIVITIES);
    }

    // Rule 14 in docs/rules.md
    Constraint publishedRosterKept(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(SeatAssignment::changedSincePublished)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((seat, score) -> new RuleBreach.SeatChanged(seat))
                .asConstraint(RuleNames.STABILITY);
    }

    private static int startedHours(long minutes) {
        return (int) ((minutes + 59) / 60);
    }

    private static List<SeatAssignment> seatsOf(ConnectedRange<SeatAssignment, Long, Long> period) {
        List<SeatAssignment> seats = new ArrayList<>();
        period.forEach(seats::add);
        seats.sort(Comparator.comparing(seat -> seat.getSession().startMinute()));
        return seats;
    }
}
