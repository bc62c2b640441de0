package org.campcoplanner.planning.rules;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CredentialNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.campcoplanner.planning.rules.Wording.hours;

/**
 * Why a rule counted against (or for) a roster, with the people, sessions and seats involved,
 * as a sentence a resident understands: a {@link Text} of {@code i18n/planning.properties}, which
 * a page, a message or the API says in its reader's language.
 */
public sealed interface RuleBreach extends ConstraintJustification {

    Text sentence();

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
        public Text sentence() {
            Session s = seat.getSession();
            return person.unavailableBlocks().stream()
                    .filter(block -> block.overlaps(s.start(), s.end()))
                    .findFirst()
                    .map(block -> Text.of("planning.breach.away", person.name(), Wording.block(block), Wording.session(s)))
                    .orElse(Text.of("planning.breach.not-available", person.name(), Wording.when(s.start(), s.end()),
                            Wording.session(s)));
        }
    }

    record DoubleBooked(Person person, SeatAssignment first, SeatAssignment second) implements RuleBreach {
        public Text sentence() {
            Session a = first.getSession();
            Session b = second.getSession();
            if (a.site() == b.site() || a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute()) {
                return Text.of("planning.breach.overlap", person.name(), Wording.session(a), Wording.session(b));
            }
            return Text.of("planning.breach.travel", person.name(), a.siteName(), b.siteName(), Wording.session(a),
                    Wording.session(b), a.travelMinutes());
        }

        public List<Person> people() {
            return List.of(person);
        }

        public List<SeatAssignment> seats() {
            return List.of(first, second);
        }
    }

    record MissingCredential(SeatAssignment seat, Person person) implements PersonInSeat {
        public Text sentence() {
            LocalDate lastDay = seat.getSession().lastDay();
            List<Text> missing = seat.getRequiredCredentials().stream().sorted()
                    .filter(credential -> !person.holdsValid(credential, seat.getSession()))
                    .map(credential -> person.holds(credential)
                            ? Text.of("planning.breach.credential-expires", CredentialNames.text(credential),
                                    person.validUntil(credential))
                            : Text.of("planning.breach.credential-not-held", CredentialNames.text(credential)))
                    .toList();
            return Text.of("planning.breach.credential", person.name(), Wording.seat(seat), Wording.list(missing), lastDay);
        }
    }

    record WrongKind(SeatAssignment seat, Person person) implements PersonInSeat {
        public Text sentence() {
            return Text.of("planning.breach.wrong-kind", Wording.seat(seat), Wording.kinds(seat.getAllowedKinds()),
                    person.name(), Wording.kind(person.kind()));
        }
    }

    record NoGuardianConsent(SeatAssignment seat, Person person) implements PersonInSeat {
        public Text sentence() {
            LocalDate from = person.guardianConsentFrom();
            return from.equals(LocalDate.MAX)
                    ? Text.of("planning.breach.no-consent", person.name(), Wording.seat(seat))
                    : Text.of("planning.breach.consent-later", person.name(), Wording.seat(seat), from);
        }
    }

    record Unsafe(Session session, int adults, boolean checkedAdult) implements AboutSession {
        public Text sentence() {
            if (adults >= session.adultsNeeded()) {
                return Text.of("planning.breach.unsafe-unchecked", Wording.session(session));
            }
            return Text.of(checkedAdult ? "planning.breach.unsafe-adults" : "planning.breach.unsafe-adults-unchecked",
                    Wording.session(session), adults, session.children(), session.adultsNeeded());
        }
    }

    record TooLongDay(Person person, LocalDate day, int minutes) implements AboutPerson {
        public Text sentence() {
            return Text.of("planning.breach.too-long-day", person.name(), hours(minutes), day,
                    hours(person.limits().maxMinutesPerDay()));
        }
    }

    record TooLongWeek(Person person, LocalDate monday, int minutes) implements AboutPerson {
        public Text sentence() {
            return Text.of("planning.breach.too-long-week", person.name(), hours(minutes), monday,
                    hours(person.limits().maxMinutesPerWeek()));
        }
    }

    record TooLittleRest(Person person, long spanMinutes, List<SeatAssignment> seats) implements RuleBreach {
        public Text sentence() {
            List<Session> period = sessions();
            Session first = period.get(0);
            Session last = period.get(period.size() - 1);
            int rest = person.limits().minRestMinutes();
            return Text.of("planning.breach.too-little-rest", person.name(), hours(rest), Wording.session(first),
                    Wording.session(last), hours(spanMinutes), hours(24 * 60L - rest));
        }

        public List<Person> people() {
            return List.of(person);
        }
    }

    record OverStaffCap(Person person, LocalDate monday, int minutes) implements AboutPerson {
        public Text sentence() {
            return Text.of("planning.breach.over-staff-cap", person.name(), hours(minutes), monday,
                    hours(person.limits().maxMinutesOutsideStandardPerWeek()));
        }
    }

    record EmptySeat(SeatAssignment seat) implements RuleBreach {
        public Text sentence() {
            return Text.of("planning.breach.empty-seat", Wording.seat(seat), seat.getPriority());
        }

        public List<Person> people() {
            return List.of();
        }

        public List<SeatAssignment> seats() {
            return List.of(seat);
        }
    }

    record PledgeGap(Person person, LocalDate monday, int minutes, int pledgedMinutes) implements AboutPerson {
        public Text sentence() {
            return Text.of("planning.breach.pledge-gap", person.name(), hours(minutes), monday, hours(pledgedMinutes));
        }
    }

    record OutsideStandardHours(SeatAssignment seat, Person person, int minutes) implements PersonInSeat {
        public Text sentence() {
            return Text.of("planning.breach.outside-standard-hours", person.name(), hours(minutes),
                    Wording.session(seat.getSession()));
        }
    }

    record NotCoDelivered(Session session, int residents, int staff) implements AboutSession {
        public Text sentence() {
            return Text.of(residents == 0 ? "planning.breach.no-resident" : "planning.breach.no-staff",
                    Wording.session(session));
        }
    }

    record NewVolunteerAlone(SeatAssignment seat, Person person) implements PersonInSeat {
        public Text sentence() {
            return Text.of("planning.breach.new-volunteer-alone", person.name(), Wording.session(seat.getSession()));
        }
    }

    record SeriesSpread(String series, int distinctPeople) implements RuleBreach {
        public Text sentence() {
            return Text.of("planning.breach.series-spread", series, distinctPeople);
        }

        public List<Person> people() {
            return List.of();
        }

        public List<SeatAssignment> seats() {
            return List.of();
        }
    }

    record Preference(SeatAssignment seat, Person person, boolean liked) implements PersonInSeat {
        public Text sentence() {
            return Text.of(liked ? "planning.breach.likes" : "planning.breach.dislikes", person.name(),
                    seat.getSession().activity(), Wording.session(seat.getSession()));
        }
    }

    record SeatChanged(SeatAssignment seat, Person before, Person after) implements RuleBreach {
        SeatChanged(SeatAssignment seat) {
            this(seat, seat.getPublishedPerson(), seat.getPerson());
        }

        public Text sentence() {
            return Text.of("planning.breach.seat-changed", Wording.seat(seat), Wording.name(before), Wording.name(after));
        }

        public List<Person> people() {
            return Stream.of(before, after).filter(Objects::nonNull).toList();
        }

        public List<SeatAssignment> seats() {
            return List.of(seat);
        }
    }
}
