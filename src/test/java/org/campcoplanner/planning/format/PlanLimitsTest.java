package org.campcoplanner.planning.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our copy of the shared schema only adds limits: the shared schema with our maximums taken out is
 * the shared schema, and every shared example still reads. The maximums are {@link PlanLimits}'s.
 */
class PlanLimitsTest {

    /** CI and the developers' machines lay shared/ beside the repository. */
    private static final Path SHARED_SPEC = Path.of("..", "shared", "spec");
    private static final Set<String> LIMIT_KEYWORDS = Set.of("maximum", "maxItems", "maxLength", "maxProperties");

    @Test
    void ourSchemaIsTheSharedSchemaWithLimitsAdded() throws IOException {
        Path shared = SHARED_SPEC.resolve("camp-plan.schema.json");
        assumeTrue(Files.exists(shared), "the shared folder is beside the repository");
        JsonNode sharedSchema = PlanJson.mapper().readTree(shared.toFile());

        JsonNode ours = withoutLimitsTheSharedSchemaHasNot(ourSchema(), sharedSchema);

        assertThat(ours).isEqualTo(sharedSchema);
    }

    @Test
    void everySharedExampleReads() throws IOException {
        Path examples = SHARED_SPEC.resolve("examples");
        assumeTrue(Files.isDirectory(examples), "the shared folder is beside the repository");
        List<Path> files;
        try (Stream<Path> listed = Files.list(examples)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(new PlanReader().read(Files.readString(file)).camp()).as(file.toString()).isNotNull();
        }
    }

    @Test
    void theSchemasMaximumsAreThePlanLimits() throws IOException {
        JsonNode schema = ourSchema();
        JsonNode person = schema.at("/properties/people");
        JsonNode session = schema.at("/properties/sessions/items/properties");
        JsonNode rules = schema.at("/properties/camp/properties/rules/properties");

        assertThat(person.get("maxItems").asInt()).isEqualTo(PlanLimits.MAX_PEOPLE);
        assertThat(schema.at("/properties/sessions/maxItems").asInt()).isEqualTo(PlanLimits.MAX_SESSIONS);
        assertThat(schema.at("/properties/sites/maxItems").asInt()).isEqualTo(PlanLimits.MAX_SITES);
        assertThat(session.at("/children/maximum").asInt()).isEqualTo(PlanLimits.MAX_CHILDREN_PER_SESSION);
        assertThat(session.at("/seats/items/properties/count/maximum").asInt()).isEqualTo(PlanLimits.MAX_SEATS_PER_LINE);
        assertThat(session.at("/seats/maxItems").asInt()).isEqualTo(PlanLimits.MAX_SEATS_PER_SESSION);
        assertThat(schema.at("/properties/assignments/maxItems").asInt()).isEqualTo(PlanLimits.MAX_SEATS);
        assertThat(schema.at("/properties/assignments/items/properties/index/maximum").asInt())
                .isEqualTo(PlanLimits.MAX_SEATS_PER_SESSION);
        assertThat(rules.at("/childrenPerAdult/additionalProperties/maximum").asInt())
                .isEqualTo(PlanLimits.MAX_CHILDREN_PER_ADULT);
        assertThat(rules.at("/travelMinutesBetweenSites/maximum").asInt()).isEqualTo(PlanLimits.MAX_TRAVEL_MINUTES);
        rules.at("/weights/properties").forEach(weight ->
                assertThat(weight.get("maximum").asInt()).isEqualTo(PlanLimits.MAX_WEIGHT));
    }

    private static JsonNode ourSchema() throws IOException {
        try (InputStream in = PlanLimitsTest.class.getResourceAsStream("/format/camp-plan.schema.json")) {
            return PlanJson.mapper().readTree(in);
        }
    }

    /** Ours, less each limit keyword that the shared schema does not have at the same place. */
    private static JsonNode withoutLimitsTheSharedSchemaHasNot(JsonNode ours, JsonNode shared) {
        if (ours.isObject()) {
            ObjectNode copy = PlanJson.mapper().createObjectNode();
            ours.fields().forEachRemaining(field -> {
                JsonNode theirs = shared == null ? null : shared.get(field.getKey());
                if (LIMIT_KEYWORDS.contains(field.getKey()) && field.getValue().isNumber() && theirs == null) {
                    return;
                }
                copy.set(field.getKey(), withoutLimitsTheSharedSchemaHasNot(field.getValue(), theirs));
            });
            return copy;
        }
        if (ours.isArray()) {
            var copy = PlanJson.mapper().createArrayNode();
            for (int i = 0; i < ours.size(); i++) {
                copy.add(withoutLimitsTheSharedSchemaHasNot(ours.get(i), shared == null ? null : shared.get(i)));
            }
            return copy;
        }
        return ours;
    }
}
