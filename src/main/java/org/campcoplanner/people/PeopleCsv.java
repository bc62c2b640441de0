package org.campcoplanner.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.ConsentMethod;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.Text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads people from a CSV file in the format of {@code docs/people-csv.md}. Every problem in every
 * row is collected, so a planner can fix the whole file at once.
 */
final class PeopleCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "youth", "experienced", "email", "phone",
            "credentials", "skills", "languages", "maxHoursPerDay", "maxHoursPerWeek", "minRestHours",
            "pledgedHoursPerWeek", "likes", "dislikes", "preferredLanguage", "guardianConsentGiven", "guardianConsentBy",
            "guardianConsentMethod");
    private static final Set<String> REQUIRED_COLUMNS = Set.of("name", "kind");
    /** A consent is its date and the guardian's name together; the way it was given is optional. */
    private static final List<String> CONSENT_COLUMNS = List.of("guardianConsentGiven", "guardianConsentBy");
    private static final String CONSENT_PREFIX = "guardianConsent";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Validator validator;

    PeopleCsv(Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidPeopleCsvException listing every problem, when any row or the header has one */
    List<PersonDetails> read(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidPeopleCsvException(List.of(new PeopleCsvProblem(1, null,
                    Text.of("people.csv.not-csv", String.valueOf(e.getMessage())))));
        }
        if (records.isEmpty()) {
            throw new InvalidPeopleCsvException(List.of(new PeopleCsvProblem(1, null,
                    Text.of("people.csv.empty", String.join(",", COLUMNS)))));
        }
        List<PeopleCsvProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = header(records.get(0), problems);
        List<PersonDetails> people = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(record, records.get(0).size(), columns, problems);
            PersonDetails person = row.person();
            validator.validate(person).stream()
                    .map(PeopleCsv::problemInColumn)
                    .filter(problem -> !row.columnsWithProblems.contains(problem.field()))
                    .forEach(problem -> problems.add(new PeopleCsvProblem(row.number, problem.field(), problem.reason())));
            people.add(person);
        }
        if (people.isEmpty() && problems.isEmpty()) {
            problems.add(new PeopleCsvProblem(2, null, Text.of("people.csv.nobody")));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(PeopleCsvProblem::row)
                    .thenComparingInt(p -> p.column() == null ? -1 : COLUMNS.indexOf(p.column())));
            throw new InvalidPeopleCsvException(problems);
        }
        return people;
    }

    private static Map<String, Integer> header(CSVRecord header, List<PeopleCsvProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!COLUMNS.contains(column)) {
                problems.add(new PeopleCsvProblem(1, column, Text.of("people.csv.unknown-column", String.join(",", COLUMNS))));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new PeopleCsvProblem(1, column, Text.of("people.csv.column-twice")));
            }
        }
        REQUIRED_COLUMNS.stream().filter(column -> !columns.containsKey(column)).sorted()
                .forEach(column -> problems.add(new PeopleCsvProblem(1, column, Text.of("people.csv.column-missing"))));
        boolean anyConsentColumn = columns.keySet().stream().anyMatch(column -> column.startsWith(CONSENT_PREFIX));
        if (anyConsentColumn) {
            CONSENT_COLUMNS.stream().filter(column -> !columns.containsKey(column))
                    .forEach(column -> problems.add(new PeopleCsvProblem(1, column,
                            Text.of("people.csv.consent-column-missing"))));
        }
        return columns;
    }

    /** A violation as the column it concerns; the consent's parts each have a column of their own. */
    private static FieldProblem problemInColumn(ConstraintViolation<PersonDetails> violation) {
        Iterator<Path.Node> path = violation.getPropertyPath().iterator();
        if (path.hasNext() && path.next().getName().equals("guardianConsent") && path.hasNext()) {
            String part = path.next().getName();
            return new FieldProblem(CONSENT_PREFIX + Character.toUpperCase(part.charAt(0)) + part.substring(1),
                    PersonDetailsMapping.reason(violation));
        }
        return PersonDetailsMapping.problem(violation);
    }

    /** One data row, read column by column; a value that cannot be read is a problem, not an exception. */
    private static final class Row {

        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<PeopleCsvProblem> problems;
        private final Set<String> columnsWithProblems = new HashSet<>();
        private final int number;

        Row(CSVRecord record, int headerSize, Map<String, Integer> columns, List<PeopleCsvProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            // records are counted from 1 with the header as the first, as a spreadsheet numbers rows
            this.number = (int) record.getRecordNumber();
            if (record.size() != headerSize) {
                problems.add(new PeopleCsvProblem(number, null,
                        Text.of("people.csv.value-count", record.size(), headerSize)));
            }
        }

        PersonDetails person() {
            boolean youth = flag("youth");
            return new PersonDetails(null, 0, text("name"), kind(), youth, flag("experienced"),
                    text("email"), text("phone"), credentials(), list("skills"), list("languages"),
                    preferredLanguage(), consent(youth), number("maxHoursPerDay"), number("maxHoursPerWeek"),
                    number("minRestHours"), number("pledgedHoursPerWeek"), list("likes"), list("dislikes"),
                    List.of(), null);
        }

        private String preferredLanguage() {
            String value = text("preferredLanguage");
            if (value != null && !PersonDetails.languageTag(value).matches(CampPlan.LANGUAGE_TAG_PATTERN)) {
                return problem("preferredLanguage", Text.of("people.csv.not-language-tag", value));
            }
            return value;
        }

        /** The consent columns of this row, all or nothing: a date without a name (or the reverse) is a problem. */
        private PersonDetails.Consent consent(boolean youth) {
            String given = text("guardianConsentGiven");
            String by = text("guardianConsentBy");
            String method = text("guardianConsentMethod");
            if (given == null && by == null && method == null) {
                return null;
            }
            int problemsBefore = columnsWithProblems.size();
            LocalDate day = null;
            if (given == null) {
                problem("guardianConsentGiven", Text.of("people.csv.consent-needs-day"));
            } else {
                try {
                    day = LocalDate.parse(given);
                } catch (DateTimeParseException e) {
                    problem("guardianConsentGiven", Text.of("people.csv.not-a-date", given));
                }
            }
            if (by == null) {
                problem("guardianConsentBy", Text.of("people.csv.consent-needs-by"));
            }
            ConsentMethod how = consentMethod(method);
            if (!youth && !columnsWithProblems.contains("youth")) {
                problem("guardianConsentGiven", Text.of("people.csv.consent-not-youth"));
            }
            return columnsWithProblems.size() > problemsBefore ? null : new PersonDetails.Consent(day, by, how);
        }

        private ConsentMethod consentMethod(String value) {
            if (value == null) {
                return null;
            }
            try {
                return ConsentMethod.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return problem("guardianConsentMethod", Text.of("people.csv.not-a-consent-method", value,
                        Arrays.toString(ConsentMethod.values())));
            }
        }

        private String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        private PersonKind kind() {
            String value = text("kind");
            try {
                return value == null ? null : PersonKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return problem("kind", Text.of("people.csv.not-a-kind", value, Arrays.toString(PersonKind.values())));
            }
        }

        private boolean flag(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> {
                    problem(column, Text.of("people.csv.not-a-flag", value));
                    yield false;
                }
            };
        }

        private Double number(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                double hours = Double.parseDouble(value);
                if (Double.isFinite(hours)) {
                    return hours;
                }
            } catch (NumberFormatException e) {
                // reported below like any other value that is not a number
            }
            return problem(column, Text.of("people.csv.not-hours", value));
        }

        private List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                    .filter(entry -> !entry.isEmpty()).collect(Collectors.toList());
        }

        private List<PersonDetails.HeldCredential> credentials() {
            List<PersonDetails.HeldCredential> credentials = new ArrayList<>();
            for (String entry : list("credentials")) {
                int colon = entry.indexOf(':');
                String type = colon < 0 ? entry : entry.substring(0, colon);
                LocalDate validUntil = null;
                if (colon >= 0) {
                    try {
                        validUntil = LocalDate.parse(entry.substring(colon + 1).strip());
                    } catch (DateTimeParseException e) {
                        problem("credentials", Text.of("people.csv.credential-date", entry));
                        continue;
                    }
                }
                credentials.add(new PersonDetails.HeldCredential(type, validUntil));
            }
            return credentials;
        }

        private <T> T problem(String column, Text reason) {
            columnsWithProblems.add(column);
            problems.add(new PeopleCsvProblem(number, column, reason));
            return null;
        }
    }
}
