package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Plan documents for tests, read from {@code src/test/resources/plans}. */
public final class TestPlans {

    public static final String SMALL_CAMP = "small-camp.json";
    /** An overnight session, a weekly window over midnight, expiring credentials and pinned assignments. */
    public static final String OVERNIGHT_CAMP = "overnight-camp.json";
    /**
     * Every field added to format version 1 since it was first shared: preferred languages, guardian
     * consents (one without a method, one dated after the camp, a youth without one) and the camp's
     * youth consent rule. Written as the export writes it, so an import and export give it back as it is.
     */
    public static final String CONSENT_CAMP = "consent-camp.json";

    private TestPlans() {
    }

    public static String read(String name) {
        try (InputStream in = TestPlans.class.getResourceAsStream("/plans/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test plan " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named plan with one change applied to its JSON tree. */
    public static String changed(String name, Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) PlanJson.mapper().readTree(read(name));
            change.accept(document);
            return PlanJson.mapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode at(JsonNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    /** Values the format says mean the same as leaving the field out. */
    private static final Map<String, Object> DEFAULTS = Map.of("youth", false, "experienced", false, "count", 1,
            "priority", CampPlan.DEFAULT_SEAT_PRIORITY, "children", 0, "pinned", false, "youthNeedGuardianConsent", false,
            "timeZone", CampPlan.DEFAULT_TIME_ZONE, "travelMinutesBetweenSites", CampPlan.DEFAULT_TRAVEL_MINUTES);

    /**
     * A plan document as what it means: without fields that hold their default and without empty
     * lists, so that a file written by hand and the export of it compare equal when they say the same.
     */
    public static JsonNode meaning(String json) {
        try {
            JsonNode document = PlanJson.mapper().readTree(json);
            dropDefaults(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropDefaults(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(TestPlans::dropDefaults);
        } else if (node instanceof ObjectNode object) {
            for (String field : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode value = object.get(field);
                dropDefaults(value);
                Object fallback = DEFAULTS.get(field);
                boolean isDefault = fallback != null && PlanJson.mapper().valueToTree(fallback).equals(value);
                if (isDefault || (value.isArray() && value.isEmpty())) {
                    object.remove(field);
                }
            }
        }
    }
}
