package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a document's shape against the bundled schema and words each finding for a planner. */
final class SchemaCheck {

    private static final String SCHEMA_LOCATION = "classpath:format/camp-plan.schema.json";
    private static final Map<String, String> PATTERN_MEANINGS = Map.of(
            "localDateTime", "must be a date and time written yyyy-MM-ddTHH:mm, for example 2026-07-06T09:00",
            "localTime", "must be a time of day written HH:mm, from 00:00 to 23:59",
            "date", "must be a date written yyyy-MM-dd, for example 2026-07-06",
            "id", "must be an id of 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit",
            "tag", "must be 1 to 60 letters, digits, spaces, '_' or '-', starting with a letter or digit",
            "preferredLanguage", "must be a language tag such as en, fr or fr-CA: two or three lower-case letters,"
                    + " then optionally '-' and a two-letter region in capitals");
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "string", "text in quotes",
            "integer", "a whole number",
            "number", "a number",
            "boolean", "true or false",
            "object", "an object { ... }",
            "array", "a list [ ... ]",
            "null", "null");

    /** Loaded and compiled once for every reader; a compiled schema validates from any thread. */
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        // loaded by location so that the schema's relative $id has a base to resolve against
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SCHEMA_LOCATION), config);
    }

    List<PlanProblem> check(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        // oneOf reports every failed branch as well; its own wording is the clearest, so it wins per path
        Map<String, List<PlanProblem>> byPath = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            PlanProblem problem = toProblem(message);
            List<PlanProblem> atPath = byPath.computeIfAbsent(problem.path(), p -> new ArrayList<>());
            if ("oneOf".equals(message.getType())) {
                atPath.clear();
                atPath.add(problem);
            } else if (atPath.stream().noneMatch(p -> p.message().equals(ONE_OF_MESSAGE))
                    && !atPath.contains(problem)) {
                atPath.add(problem);
            }
        }
        return byPath.values().stream().flatMap(List::stream).toList();
    }

    private static final String ONE_OF_MESSAGE = "must be a person id or null (an empty seat)";

    private static PlanProblem toProblem(ValidationMessage message) {
        String path = message.getInstanceLocation().toString();
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        String first = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        return switch (message.getType()) {
            case "required" -> new PlanProblem(child(path, message.getProperty()), "is required but missing");
            case "additionalProperties" -> new PlanProblem(child(path, message.getProperty()),
                    "is not a field of the camp plan format here (unknown property); check its spelling and place");
            case "type" -> new PlanProblem(path, "must be " + TYPE_NAMES.getOrDefault(
                    arguments.length > 1 ? String.valueOf(arguments[1]) : "", "of another type")
                    + ", not " + TYPE_NAMES.getOrDefault(first, first));
            case "pattern" -> new PlanProblem(path, PATTERN_MEANINGS.getOrDefault(
                    patternName(message), "does not have the expected form " + first));
            case "enum" -> new PlanProblem(path, "must be one of " + first);
            case "const" -> new PlanProblem(path, "must be " + first);
            case "minimum" -> new PlanProblem(path, "must be at least " + first);
            case "exclusiveMinimum" -> new PlanProblem(path, "must be more than " + first);
            case "maximum" -> new PlanProblem(path, "must be at most " + first);
            case "minLength" -> new PlanProblem(path, "1".equals(first) ? "must not be empty" : "must have at least " + first + " characters");
            case "maxLength" -> new PlanProblem(path, "must have at most " + first + " characters");
            case "minItems" -> new PlanProblem(path, "must list at least " + first + " entry");
            case "maxItems" -> new PlanProblem(path, "must list at most " + first + " entries");
            case "maxProperties" -> new PlanProblem(path, "must have at most " + first + " entries");
            case "oneOf" -> new PlanProblem(path, ONE_OF_MESSAGE);
            default -> new PlanProblem(path, message.getMessage().replaceFirst("^\\S+: ", ""));
        };
    }

    /** The definition the pattern comes from ({@code date}, {@code id}, ...), or else the property it is written on. */
    private static String patternName(ValidationMessage message) {
        String location = String.valueOf(message.getSchemaLocation());
        int defs = location.indexOf("/$defs/");
        if (defs >= 0) {
            String rest = location.substring(defs + "/$defs/".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        String property = location.replaceFirst("/pattern$", "");
        return property.substring(property.lastIndexOf('/') + 1);
    }

    private static String child(String path, String property) {
        if (property == null) {
            return path;
        }
        return property.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + property : path + "['" + property + "']";
    }
}
