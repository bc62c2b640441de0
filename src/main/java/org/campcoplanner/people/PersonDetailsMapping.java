package org.campcoplanner.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.campcoplanner.base.FormText;
import org.campcoplanner.base.InEnglish;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.Credential;
import org.campcoplanner.camp.GuardianConsent;
import org.campcoplanner.camp.Person;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.Text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /** The fields (property names of {@link PersonDetails}) whose values differ between two versions of a person. */
    static List<String> differences(PersonDetails one, PersonDetails other) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : PersonDetails.class.getRecordComponents()) {
            String name = component.getName();
            if (!name.equals("id") && !name.equals("version")
                    && !Objects.equals(value(component, one), value(component, other))) {
                fields.add(name);
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
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(problem -> InEnglish.say(problem.reason())))
                .toList();
    }

    /** A consent is a youth's, as in the plan format; on anyone else it is refused rather than kept or dropped. */
    static Optional<FieldProblem> consentOnAdult(PersonDetails details) {
        return details.guardianConsent() != null && !details.youth()
                ? Optional.of(FieldProblem.of("guardianConsent", "people.problem.consent-for-youth-only"))
                : Optional.empty();
    }

    private static PersonDetails.Consent consent(GuardianConsent consent) {
        return consent == null ? null : new PersonDetails.Consent(consent.given(), consent.by(), consent.method());
    }

    static FieldProblem problem(ConstraintViolation<PersonDetails> violation) {
        String field = null;
        Integer entry = null;
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (field == null) {
                field = node.getName();
            } else {
                if (node.getIndex() != null && entry == null) {
                    entry = node.getIndex() + 1;
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    property = node.getName();
                }
            }
        }
        Text reason = reason(violation);
        Text within = entry == null ? (property == null ? null : fieldText(property))
                : property == null ? Text.of("people.problem.entry", entry)
                : Text.of("people.problem.entry-field", entry, fieldText(property));
        return new FieldProblem(field, within == null ? reason : Text.of("people.problem.within", within, reason));
    }

    /**
     * A violation's reason from its message template, which is a key of the message files
     * ({@code message = "people.consent.by-required"}) or one of bean validation's own, and its attributes.
     */
    static Text reason(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (!template.startsWith("{")) {
            return Text.of(template);
        }
        String constraint = template.substring(1, template.length() - 1)
                .replace("jakarta.validation.constraints.", "").replace(".message", "");
        boolean inclusive = !Boolean.FALSE.equals(attributes.get("inclusive"));
        return switch (constraint) {
            case "Size" -> Text.of("people.invalid.size", attributes.get("min"), attributes.get("max"));
            case "DecimalMin" -> Text.of(inclusive ? "people.invalid.decimal-min" : "people.invalid.decimal-min-exclusive",
                    attributes.get("value"));
            case "DecimalMax" -> Text.of(inclusive ? "people.invalid.decimal-max" : "people.invalid.decimal-max-exclusive",
                    attributes.get("value"));
            case "NotBlank" -> Text.of("people.invalid.not-blank");
            case "NotNull" -> Text.of("people.invalid.not-null");
            case "Email" -> Text.of("people.invalid.email");
            default -> Text.of("people.invalid.other", violation.getMessage());
        };
    }

    /** A property of {@link PersonDetails} or of its parts, as planners call it: "max hours per day". */
    static Text fieldText(String property) {
        return Text.of("people.field." + property);
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
