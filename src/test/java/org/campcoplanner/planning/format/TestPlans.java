package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
}
