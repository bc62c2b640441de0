package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.campcoplanner.planning.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names and titles refuse the Unicode controls that override or isolate the direction of text
 * (U+202A-U+202E, U+2066-U+2069): invisible, they make a name read differently from what it is,
 * such as a person who looks like someone else on a roster or in a sign-off. Everything else in
 * any script is fine; right-to-left names display correctly without them.
 */
public final class DirectionControls {

    /** The reason a plan's name or title with such controls is refused, as its message files say it. */
    public static final Text REASON = Text.of("format.direction-controls");

    private static final Set<String> NAMED = Set.of("name", "title");

    private DirectionControls() {
    }

    public static boolean in(String text) {
        return text != null && text.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** Every {@code name} and {@code title} in the plan that holds one, by its path. */
    static List<PlanProblem> check(JsonNode document) {
        List<PlanProblem> problems = new ArrayList<>();
        walk(document, "$", problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, List<PlanProblem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path + "." + field.getKey();
                if (NAMED.contains(field.getKey()) && field.getValue().isTextual() && in(field.getValue().textValue())) {
                    problems.add(new PlanProblem(fieldPath, REASON));
                }
                walk(field.getValue(), fieldPath, problems);
            }
        }
    }
}
