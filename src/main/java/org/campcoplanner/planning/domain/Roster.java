package org.campcoplanner.planning.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/**
 * A camp's roster as the solver sees it. The score has three levels: hard (rules 1-6, a roster
 * breaking one cannot be approved), medium (rule 7, empty seats weighed by priority) and soft
 * (rules 8-14). Medium sits between them so that no amount of soft comfort ever leaves a seat
 * empty, while an empty seat is always better than a broken hard rule.
 */
@PlanningSolution
public class Roster {

    @ProblemFactCollectionProperty
    private List<Person> people;

    @ProblemFactCollectionProperty
    private List<Session> sessions;

    @ProblemFactCollectionProperty
    private List<PledgeWeek> pledgeWeeks;

    @PlanningEntityCollectionProperty
    private List<SeatAssignment> seats;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Roster() {
        // for Timefold's solution cloning
    }

    public Roster(List<Person> people, List<Session> sessions, List<PledgeWeek> pledgeWeeks,
                  List<SeatAssignment> seats, ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.people = people;
        this.sessions = sessions;
        this.pledgeWeeks = pledgeWeeks;
        this.seats = seats;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public long filledSeats() {
        return seats.stream().filter(seat -> seat.getPerson() != null).count();
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<PledgeWeek> getPledgeWeeks() {
        return pledgeWeeks;
    }

    public List<SeatAssignment> getSeats() {
        return seats;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
