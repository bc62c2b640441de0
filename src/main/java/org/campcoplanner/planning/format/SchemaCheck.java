package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.campcoplanner.planning.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a document's shape against the bundled schema and words each finding for a planner. */
final class SchemaCheck {

    private static final String SCHEMA_LOCATION = "classpath:format/camp-plan.schema.json";
    /** Patterns said in words, each a key {@code format.pattern.<name>}: {@code id}, {@code date}, ... */
    private static final Set<String> PATTERN_MEANINGS = Set.of("localDateTime", "localTime", "date", "id", "tag",
            "preferredLanguage");
    /** JSON types said in words, each a key {@code format.type.<name>}. */
    private static final Set<String> TYPE_NAMES = Set.of("string", "integer", "number", "boolean", "object", "array",
            "null");

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
            } else if (atPath.stream().noneMatch(p -> p.reason().key().equals(ONE_OF_KEY))
                    && !atPath.contains(problem)) {
                atPath.add(problem);
            }
        }
        return byPath.values().stream().flatMap(List::stream).toList();
    }

    private static final String ONE_OF_KEY = "format.schema.person-or-empty";

    private static PlanProblem toProblem(ValidationMessage message) {
        String path = message.getInstanceLocation().toString();
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        String first = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        return switch (message.getType()) {
            case "required" -> PlanProblem.of(child(path, message.getProperty()), "format.schema.required");
            case "additionalProperties" -> PlanProblem.of(child(path, message.getProperty()),
                    "format.schema.unknown-property");
            case "type" -> PlanProblem.of(path, "format.schema.type",
                    typeName(arguments.length > 1 ? String.valueOf(arguments[1]) : "", Text.of("format.type.other")),
                    typeName(first, first));
            case "pattern" -> PATTERN_MEANINGS.contains(patternName(message))
                    ? PlanProblem.of(path, "format.pattern." + patternName(message))
                    : PlanProblem.of(path, "format.schema.pattern", first);
            case "enum" -> PlanProblem.of(path, "format.schema.enum", first);
            case "const" -> PlanProblem.of(path, "format.schema.const", first);
            case "minimum" -> PlanProblem.of(path, "format.schema.minimum", first);
            case "exclusiveMinimum" -> PlanProblem.of(path, "format.schema.exclusive-minimum", first);
            case "maximum" -> PlanProblem.of(path, "format.schema.maximum", first);
            case "minLength" -> "1".equals(first) ? PlanProblem.of(path, "format.schema.not-empty")
                    : PlanProblem.of(path, "format.schema.min-length", first);
            case "maxLength" -> PlanProblem.of(path, "format.schema.max-length", first);
            case "minItems" -> PlanProblem.of(path, "format.schema.min-items", first);
            case "maxItems" -> PlanProblem.of(path, "format.schema.max-items", first);
            case "maxProperties" -> PlanProblem.of(path, "format.schema.max-properties", first);
            case "oneOf" -> PlanProblem.of(path, ONE_OF_KEY);
            // a finding the bundled schema does not make today: the validator's own (English) words
            default -> PlanProblem.of(path, "format.schema.other", message.getMessage().replaceFirst("^\\S+: ", ""));
        };
    }

    /** A JSON type in words ("a whole number"), or the given words for a type the format does not name. */
    private static Object typeName(String type, Object otherwise) {
        // an object's braces are a parameter: in a message file they would need quoting
        return TYPE_NAMES.contains(type) ? Text.of("format.type." + type, "{ ... }") : otherwise;
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
