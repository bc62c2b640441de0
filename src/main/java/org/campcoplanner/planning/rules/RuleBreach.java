package org.campcoplanner.planning.rules;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CredentialNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.campcoplanner.planning.rules.Wording.hours;

/**
 * Why a rule counted against (or for) a roster, with the people, sessions and seats involved,
 * as a sentence a resident understands.
 */
public sealed interface RuleBreach extends ConstraintJustification {

    String sentence();

    List<Person> people();

    List<SeatAssignment> seats();

    default List<Session> sessions() {
        return seats().stream().map(SeatAssignment::getSession).distinct().toList();
    }

    /** A breach about one person in one seat. */
    sealed interface PersonInSeat extends RuleBreach {

        Person person();

        SeatAssignment seat();

        default List<Person> people() {
            return List.of(person());
        }

        default List<SeatAssignment> seats() {
            return List.of(seat());
        }
    }

    /** A breach about a session as a whole, whoever sits in it. */
    sealed interface AboutSession extends RuleBreach {

        Session session();

        default List<Person> people() {
            return List.of();
        }

        default List<SeatAssignment> seats() {
            return List.of();
        }

        @Override
        default List<Session> sessions() {
            return List.of(session());
        }
    }

    /** A breach about one person's time as a whole (a day, a week), not any one seat. */
    sealed interface AboutPerson extends RuleBreach {

        Person person();

        default List<Person> people() {
            return List.of(person());
        }

        default List<SeatAssignment> seats() {
            return List.of();
        }
    }

    record NotAvailable(SeatAssignment seat, Person person) implements PersonInSeat {
        public String sentence() {
            Session s = seat.getSession();
            return person.unavailableBlocks().stream()
                    .filter(block -> block.overlaps(s.start(), s.end()))
                    .findFirst()
                    .map(block -> person.name() + " is away " + Wording.block(block) + " but sits in " + Wording.session(s))
                    .orElse(person.name() + " is not available " + Wording.when(s.start(), s.end())
                            + " but sits in " + Wording.session(s));
        }
    }

    record DoubleBooked(Person person, SeatAssignment first, SeatAssignment second) implements RuleBreach {
        public String sentence() {
            Session a = first.getSession();
            Session b = second.getSession();
            if (a.site() == b.site() || a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute()) {
                return person.name() + " sits in both " + Wording.session(a) + " and " + Wording.session(b) + ", which overlap";
            }
            return person.name() + " cannot get from " + a.siteName() + " to " + b.siteName() + " between "
                    + Wording.session(a) + " and " + Wording.session(b) + " (the camp allows " + a.travelMinutes() + " minutes to travel)";
        }

        public List<Person> people() {
            return List.of(person);
        }

        public List<SeatAssignment> seats() {
            return List.of(first, second);
        }
    }

    record MissingCredential(SeatAssignment seat, Person person) implements PersonInSeat {
        public String sentence() {
            LocalDate lastDay = seat.getSession().lastDay();
            String missing = seat.getRequiredCredentials().stream().sorted()
                    .filter(credential -> !person.holdsValid(credential, seat.getSession()))
                    .map(credential -> person.holds(credential)
                            ? CredentialNames.name(credential) + " (theirs expires "
                                    + Wording.day(person.validUntil(credential)) + ")"
                            : CredentialNames.name(credential) + " (they do not hold it)")
                    .collect(Collectors.joining(", "));
            return person.name() + " sits in " + Wording.seat(seat) + ", which needs " + missing + " valid on "
                    + Wording.day(lastDay);
        }
    }

    record WrongKind(SeatAssignment seat, Person person) implements PersonInSeat {
        public String sentence() {
            String kinds = seat.getAllowedKinds().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(" or "));
            return Wording.seat(seat) + " is for " + kinds + ", but " + person.name() + " is "
                    + person.kind().name().toLowerCase(Locale.ROOT);
        }
    }

    record Unsafe(Session session, int adults, boolean checkedAdult) implements AboutSession {
        public String sentence() {
            StringBuilder sentence = new StringBuilder(Wording.session(session));
            if (adults < session.adultsNeeded()) {
                sentence.append(" has ").append(adults).append(" adult(s) for ").append(session.children())
                        .append(" children but needs ").append(session.adultsNeeded());
            }
            if (!checkedAdult) {
                sentence.append(adults < session.adultsNeeded() ? ", and" : " has")
                        .append(" no adult with a vulnerable sector check valid that day");
            }
            return sentence.toString();
        }
    }

    record TooLongDay(Person person, LocalDate day, int minutes) implements AboutPerson {
        public String sentence() {
            return person.name() + " works " + hours(minutes) + " on " + Wording.day(day) + ", more than their "
                    + hours(person.limits().maxMinutesPerDay()) + " a day";
        }
    }

    record TooLongWeek(Person person, LocalDate monday, int minutes) implements AboutPerson {
        public String sentence() {
            return person.name() + " works " + hours(minutes) + " in the week of " + Wording.day(monday)
                    + ", more than their " + hours(person.limits().maxMinutesPerWeek()) + " a week";
        }
    }

    record TooLittleRest(Person person, long spanMinutes, List<SeatAssignment> seats) implements RuleBreach {
        public String sentence() {
            List<Session> period = sessions();
            Session first = period.get(0);
            Session last = period.get(period.size() - 1);
            int rest = person.limits().minRestMinutes();
            return person.name() + " has less than " + hours(rest) + " rest between " + Wording.session(first) + " and "
                    + Wording.session(last) + ": one working period of " + hours(spanMinutes) + ", at most "
                    + hours(24 * 60L - rest) + " allowed";
        }

        public List<Person> people() {
            return List.of(person);
        }
    }

    record OverStaffCap(Person person, LocalDate monday, int minutes) implements AboutPerson {
        public String sentence() {
            return person.name() + " works " + hours(minutes) + " outside standard hours in the week of "
                    + Wording.day(monday) + ", over their cap of "
                    + hours(person.limits().maxMinutesOutsideStandardPerWeek());
        }
    }

    record EmptySeat(SeatAssignment seat) implements RuleBreach {
        public String sentence() {
            return Wording.seat(seat) + " is empty (priority " + seat.getPriority() + ")";
        }

        public List<Person> people() {
            return List.of();
        }

        public List<SeatAssignment> seats() {
            return List.of(seat);
        }
    }

    record PledgeGap(Person person, LocalDate monday, int minutes, int pledgedMinutes) implements AboutPerson {
        public String sentence() {
            return person.name() + " has " + hours(minutes) + " in the week of " + Wording.day(monday) + " against "
                    + hours(pledgedMinutes) + " pledged";
        }
    }

    record OutsideStandardHours(SeatAssignment seat, Person person, int minutes) implements PersonInSeat {
        public String sentence() {
            return person.name() + " works " + hours(minutes) + " outside standard hours in " + Wording.session(seat.getSession());
        }
    }

    record NotCoDelivered(Session session, int residents, int staff) implements AboutSession {
        public String sentence() {
            return Wording.session(session) + (residents == 0 ? " has no resident (leader or volunteer)" : " has no staff member");
        }
    }

    record NewVolunteerAlone(SeatAssignment seat, Person person) implements PersonInSeat {
        public String sentence() {
            return person.name() + " is new and has no experienced person alongside in " + Wording.session(seat.getSession());
        }
    }

    record SeriesSpread(String series, int distinctPeople) implements RuleBreach {
        public String sentence() {
            return "The series '" + series + "' is run by " + distinctPeople + " different people";
        }

        public List<Person> people() {
            return List.of();
        }

        public List<SeatAssignment> seats() {
            return List.of();
        }
    }

    record Preference(SeatAssignment seat, Person person, boolean liked) implements PersonInSeat {
        public String sentence() {
            return person.name() + (liked ? " likes " : " dislikes ") + seat.getSession().activity() + " and sits in "
                    + Wording.session(seat.getSession());
        }
    }

    record SeatChanged(SeatAssignment seat, Person before, Person after) implements RuleBreach {
        SeatChanged(SeatAssignment seat) {
            this(seat, seat.getPublishedPerson(), seat.getPerson());
        }

        public String sentence() {
            return Wording.seat(seat) + " changed from " + (before == null ? "nobody" : before.name()) + " to "
                    + (after == null ? "nobody" : after.name()) + " since the published roster";
        }

        public List<Person> people() {
            return Stream.of(before, after).filter(Objects::nonNull).toList();
        }

        public List<SeatAssignment> seats() {
            return List.of(seat);
        }
    }
}
