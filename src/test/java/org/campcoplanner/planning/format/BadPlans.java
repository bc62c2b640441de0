package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.campcoplanner.planning.format.TestPlans.CONSENT_CAMP;
import static org.campcoplanner.planning.format.TestPlans.OVERNIGHT_CAMP;
import static org.campcoplanner.planning.format.TestPlans.at;

/** Documents that must be refused, each with where the problem is and what the reason says. */
public final class BadPlans {

    public record BadPlan(String description, String document, String path, String reasonPart) {
        @Override
        public String toString() {
            return description;
        }
    }

    private BadPlans() {
    }

    public static Stream<BadPlan> all() {
        return Stream.of(
                new BadPlan("malformed JSON", TestPlans.read(OVERNIGHT_CAMP).substring(0, 200), "$", "not valid JSON"),
                new BadPlan("not an object", "[1, 2, 3]", "$", "must be an object"),
                bad("wrong format version", d -> d.put("formatVersion", 2), "$.formatVersion", "must be 1"),
                bad("children as text", d -> at(d, "/sessions/0").put("children", "many"),
                        "$.sessions[0].children", "whole number"),
                bad("unknown property", d -> at(d, "/camp").put("colour", "green"), "$.camp.colour", "unknown property"),
                bad("missing session title", d -> at(d, "/sessions/0").remove("title"), "$.sessions[0].title", "required"),
                bad("time 24:00", d -> at(d, "/people/0/availability/weekly/0").put("to", "24:00"),
                        "$.people[0].availability.weekly[0].to", "HH:mm"),
                bad("date 2026-02-30", d -> at(d, "/people/0/credentials/0").put("validUntil", "2026-02-30"),
                        "$.people[0].credentials[0].validUntil", "not a real calendar date"),
                bad("month 13 in a session start", d -> at(d, "/sessions/1").put("start", "2026-13-11T10:00"),
                        "$.sessions[1].start", "not a real calendar date"),
                bad("unknown person kind", d -> at(d, "/people/2").put("kind", "VISITOR"), "$.people[2].kind", "one of"),
                bad("id with a space", d -> at(d, "/sites/1").put("id", "community centre"), "$.sites[1].id", "id of"),
                bad("duplicate person id", d -> at(d, "/people/1").put("id", "amina"), "$.people[1].id", "already used"),
                bad("session at an unknown site", d -> at(d, "/sessions/1").put("site", "pool"),
                        "$.sessions[1].site", "no site with id 'pool'"),
                bad("end before start", d -> at(d, "/sessions/1").put("end", "2026-07-11T09:00"),
                        "$.sessions[1].end", "must be after"),
                bad("session over 24 hours", d -> at(d, "/sessions/0").put("end", "2026-07-11T19:30"),
                        "$.sessions[0].end", "more than 24 hours"),
                bad("session outside the camp's days", d -> {
                    at(d, "/sessions/1").put("start", "2026-07-14T10:00");
                    at(d, "/sessions/1").put("end", "2026-07-14T16:00");
                }, "$.sessions[1].start", "outside the camp's days"),
                bad("last day before first day", d -> at(d, "/camp").put("endDate", "2026-07-09"),
                        "$.camp.endDate", "before its first day"),
                bad("unknown time zone", d -> at(d, "/camp").put("timeZone", "Mars/Olympus"),
                        "$.camp.timeZone", "IANA time zone"),
                bad("too few seats for the children", d -> at(d, "/sessions/0").put("children", 40),
                        "$.sessions[0].seats", "needs at least 4 adults"),
                bad("a single seat", d -> ((ArrayNode) d.at("/sessions/1/seats")).remove(1),
                        "$.sessions[1].seats", "never fewer than 2"),
                bad("dated window ending before it starts",
                        d -> at(d, "/people/0/availability/dates/0").put("end", "2026-07-12T08:00"),
                        "$.people[0].availability.dates[0].end", "must be after"),
                bad("assignment of an unknown person", d -> at(d, "/assignments/0").put("person", "zoe"),
                        "$.assignments[0].person", "no person with id 'zoe'"),
                bad("assignment to an unknown session", d -> at(d, "/assignments/0").put("session", "swim"),
                        "$.assignments[0].session", "no session with id 'swim'"),
                bad("assignment to an unknown role", d -> at(d, "/assignments/0").put("role", "Cook"),
                        "$.assignments[0].role", "no seat with role 'Cook'"),
                bad("assignment index beyond the seats", d -> at(d, "/assignments/2").put("index", 3),
                        "$.assignments[2].index", "must be 1 to 2"),
                bad("the same seat twice", d -> at(d, "/assignments/2").put("index", 1),
                        "$.assignments[2]", "already assigned at $.assignments[1]"),
                bad("assignment person neither id nor null", d -> at(d, "/assignments/1").put("person", 7),
                        "$.assignments[1].person", "person id or null"),
                bad("no sites", d -> d.putArray("sites"), "$.sites", "at least 1"),
                // limits: what one plan can make the server build, solve and answer (docs/format.md, "Limits")
                bad("two million seats in one line", d -> at(d, "/sessions/0/seats/1").put("count", 2_000_000),
                        "$.sessions[0].seats[1].count", "must be at most " + PlanLimits.MAX_SEATS_PER_LINE),
                bad("more seats in one session than a session may have", d -> {
                    ArrayNode seats = (ArrayNode) d.at("/sessions/0/seats");
                    for (int i = 0; i < 3; i++) {
                        seats.addObject().put("role", "Extra " + i).put("count", PlanLimits.MAX_SEATS_PER_LINE);
                    }
                }, "$.sessions[0].seats", "has 303 seats; a session has at most " + PlanLimits.MAX_SEATS_PER_SESSION),
                bad("more seats in all than a plan may have", d -> {
                    ArrayNode sessions = (ArrayNode) d.at("/sessions");
                    ObjectNode template = (ObjectNode) sessions.get(1);
                    for (int i = 0; i < PlanLimits.MAX_SEATS / PlanLimits.MAX_SEATS_PER_SESSION + 1; i++) {
                        ObjectNode copy = template.deepCopy().put("id", "copy-" + i);
                        ArrayNode seats = copy.putArray("seats");
                        seats.addObject().put("role", "Lead").put("count", PlanLimits.MAX_SEATS_PER_LINE);
                        seats.addObject().put("role", "Helper").put("count", PlanLimits.MAX_SEATS_PER_LINE);
                        sessions.add(copy);
                    }
                }, "$.sessions", "seats in all; a plan has at most " + PlanLimits.MAX_SEATS),
                bad("more people than a plan may have", d -> {
                    ArrayNode people = (ArrayNode) d.at("/people");
                    ObjectNode template = (ObjectNode) people.get(0);
                    for (int i = 0; i < PlanLimits.MAX_PEOPLE; i++) {
                        people.add(template.deepCopy().put("id", "copy-" + i));
                    }
                }, "$.people", "must list at most " + PlanLimits.MAX_PEOPLE + " entries"),
                bad("a camp longer than a year", d -> at(d, "/camp").put("endDate", "2099-07-12"),
                        "$.camp.endDate", "a plan covers at most " + PlanLimits.MAX_CAMP_DAYS + " days"),
                // numbers beyond what an int holds must be refused, not wrap round or fail the import
                bad("int-sized seat count", d -> at(d, "/sessions/0/seats/1").put("count", Integer.MAX_VALUE),
                        "$.sessions[0].seats[1].count", "must be at most " + PlanLimits.MAX_SEATS_PER_LINE),
                bad("int-sized number of children", d -> at(d, "/sessions/0").put("children", Integer.MAX_VALUE),
                        "$.sessions[0].children", "must be at most " + PlanLimits.MAX_CHILDREN_PER_SESSION),
                bad("children beyond any integer type", d -> at(d, "/sessions/0")
                                .put("children", new java.math.BigInteger("99999999999999999999")),
                        "$.sessions[0].children", "must be at most " + PlanLimits.MAX_CHILDREN_PER_SESSION),
                bad("a stability weight beyond an int", d -> at(d, "/camp/rules/weights").put("stability", 99_999_999_999L),
                        "$.camp.rules.weights.stability", "must be at most " + PlanLimits.MAX_WEIGHT),
                bad("a seat index beyond an int", d -> at(d, "/assignments/0").put("index", 99_999_999_999L),
                        "$.assignments[0].index", "must be at most " + PlanLimits.MAX_SEATS_PER_SESSION),
                bad("an int-sized children-per-adult ratio", d -> at(d, "/camp/rules/childrenPerAdult")
                                .put("9-12", Integer.MAX_VALUE),
                        "$.camp.rules.childrenPerAdult['9-12']", "must be at most " + PlanLimits.MAX_CHILDREN_PER_ADULT),
                badConsent("preferred language written out", d -> at(d, "/people/0").put("preferredLanguage", "French"),
                        "$.people[0].preferredLanguage", "language tag such as en, fr or fr-CA"),
                badConsent("preferred language with an underscore", d -> at(d, "/people/2").put("preferredLanguage", "fr_CA"),
                        "$.people[2].preferredLanguage", "language tag"),
                badConsent("consent without who gave it", d -> at(d, "/people/2/guardianConsent").remove("by"),
                        "$.people[2].guardianConsent.by", "required"),
                badConsent("consent by nobody", d -> at(d, "/people/2/guardianConsent").put("by", ""),
                        "$.people[2].guardianConsent.by", "must not be empty"),
                badConsent("consent without a date", d -> at(d, "/people/3/guardianConsent").remove("given"),
                        "$.people[3].guardianConsent.given", "required"),
                badConsent("consent on 2026-02-30", d -> at(d, "/people/2/guardianConsent").put("given", "2026-02-30"),
                        "$.people[2].guardianConsent.given", "not a real calendar date"),
                badConsent("consent given by phone", d -> at(d, "/people/2/guardianConsent").put("method", "PHONE"),
                        "$.people[2].guardianConsent.method", "one of"),
                badConsent("consent with the guardian's phone number",
                        d -> at(d, "/people/2/guardianConsent").put("phone", "519-555-0100"),
                        "$.people[2].guardianConsent.phone", "unknown property"),
                badConsent("consent on an adult", d -> at(d, "/people/0").putObject("guardianConsent")
                        .put("given", "2026-06-20").put("by", "Marie Tremblay"), "$.people[0].guardianConsent", "youth"),
                badConsent("consent on someone not marked youth", d -> at(d, "/people/3").remove("youth"),
                        "$.people[3].guardianConsent", "youth (aged 14-17) only"),
                badConsent("youth consent rule as text", d -> at(d, "/camp/rules").put("youthNeedGuardianConsent", "yes"),
                        "$.camp.rules.youthNeedGuardianConsent", "true or false"));
    }

    private static BadPlan bad(String description, Consumer<ObjectNode> change, String path, String reasonPart) {
        return new BadPlan(description, TestPlans.changed(OVERNIGHT_CAMP, change), path, reasonPart);
    }

    private static BadPlan badConsent(String description, Consumer<ObjectNode> change, String path, String reasonPart) {
        return new BadPlan(description, TestPlans.changed(CONSENT_CAMP, change), path, reasonPart);
    }
}
