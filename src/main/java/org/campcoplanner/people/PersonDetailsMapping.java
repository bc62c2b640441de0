package org.campcoplanner.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.campcoplanner.base.FormText;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.Credential;
import org.campcoplanner.camp.GuardianConsent;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.WeeklyWindow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Copies people between the stored entity and what planners edit, and words the differences. */
final class PersonDetailsMapping {

    private PersonDetailsMapping() {
    }

    static PersonDetails toDetails(Person person) {
        return new PersonDetails(person.getId(), person.getVersion(), person.getName(), person.getKind(),
                person.isYouth(), person.isExperienced(), person.getEmail(), person.getPhone(),
                person.getCredentials().stream().map(c -> new PersonDetails.HeldCredential(c.type(), c.validUntil())).toList(),
                List.copyOf(person.getSkills()), List.copyOf(person.getLanguages()), person.getPreferredLanguage(),
                consent(person.getGuardianConsent()), person.getMaxHoursPerDay(), person.getMaxHoursPerWeek(),
                person.getMinRestHours(), person.getPledgedHoursPerWeek(), List.copyOf(person.getLikes()),
                List.copyOf(person.getDislikes()),
                person.getStandardHours().stream().map(w -> new PersonDetails.WeeklyHours(w.day(), w.from(), w.to())).toList(),
                person.getMaxHoursOutsideStandardPerWeek());
    }

    static void apply(PersonDetails details, Person person) {
        person.setName(details.name().strip());
        person.setKind(details.kind());
        person.setYouth(details.youth());
        person.setExperienced(details.experienced());
        person.setEmail(FormText.blankToNull(details.email()));
        person.setPhone(FormText.blankToNull(details.phone()));
        person.setPreferredLanguage(details.preferredLanguage());
        PersonDetails.Consent consent = details.guardianConsent();
        person.setGuardianConsent(consent == null ? null
                : new GuardianConsent(consent.given(), consent.by(), consent.method()));
        person.setMaxHoursPerDay(details.maxHoursPerDay());
        person.setMaxHoursPerWeek(details.maxHoursPerWeek());
        person.setMinRestHours(details.minRestHours());
        person.setPledgedHoursPerWeek(details.pledgedHoursPerWeek());
        person.setMaxHoursOutsideStandardPerWeek(details.maxHoursOutsideStandardPerWeek());
        replace(person.getCredentials(), details.credentials().stream()
                .map(c -> new Credential(c.type(), c.validUntil())).toList());
        replace(person.getSkills(), details.skills());
        replace(person.getLanguages(), details.languages());
        replace(person.getLikes(), details.likes());
        replace(person.getDislikes(), details.dislikes());
        replace(person.getStandardHours(), details.standardHours().stream()
                .map(h -> new WeeklyWindow(h.day(), h.from(), h.to())).toList());
    }

    /** The fields, in words, whose values differ between two versions of a person. */
    static List<String> differences(PersonDetails one, PersonDetails other) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : PersonDetails.class.getRecordComponents()) {
            String name = component.getName();
            if (!name.equals("id") && !name.equals("version")
                    && !Objects.equals(value(component, one), value(component, other))) {
                fields.add(inWords(name));
            }
        }
        return fields;
    }

    /**
     * Every problem with a person: each violation as the top-level field it concerns and a reason
     * naming the entry within it, and what no single field can say.
     */
    static List<FieldProblem> problems(PersonDetails details, Set<ConstraintViolation<PersonDetails>> violations) {
        return Stream.concat(violations.stream().map(PersonDetailsMapping::problem), consentOnAdult(details).stream())
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
    }

    /** A consent is a youth's, as in the plan format; on anyone else it is refused rather than kept or dropped. */
    static Optional<FieldProblem> consentOnAdult(PersonDetails details) {
        return details.guardianConsent() != null && !details.youth()
                ? Optional.of(new FieldProblem("guardianConsent", CONSENT_FOR_YOUTH_ONLY))
                : Optional.empty();
    }

    static final String CONSENT_FOR_YOUTH_ONLY = "a guardian's consent is for youth (aged 14-17) only";

    private static PersonDetails.Consent consent(GuardianConsent consent) {
        return consent == null ? null : new PersonDetails.Consent(consent.given(), consent.by(), consent.method());
    }

    static FieldProblem problem(ConstraintViolation<PersonDetails> violation) {
        String field = null;
        StringBuilder within = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (field == null) {
                field = node.getName();
            } else {
                if (node.getIndex() != null && within.isEmpty()) {
                    within.append("entry ").append(node.getIndex() + 1);
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    within.append(within.isEmpty() ? "" : " ").append(inWords(node.getName()));
                }
            }
        }
        return new FieldProblem(field, (within.isEmpty() ? "" : within + ": ") + violation.getMessage());
    }

    static String inWords(String property) {
        return property.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    private static Object value(RecordComponent component, PersonDetails details) {
        try {
            return component.getAccessor().invoke(details);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static <T> void replace(List<T> stored, List<T> wanted) {
        stored.clear();
        stored.addAll(wanted);
    }
}
