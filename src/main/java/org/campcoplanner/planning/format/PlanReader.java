package org.campcoplanner.planning.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a camp plan document, all or nothing: either a complete {@link CampPlan} or an
 * {@link InvalidPlanException} listing every problem with its JSON path.
 */
public final class PlanReader {

    private final ObjectMapper mapper = PlanJson.mapper();
    private final SchemaCheck schemaCheck = new SchemaCheck();

    public CampPlan read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CampPlan read(String json) {
        JsonNode document = parse(json);
        List<PlanProblem> problems = new ArrayList<>(schemaCheck.check(document));
        if (document.isObject()) {
            problems.addAll(ConsistencyCheck.check(document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        try {
            return mapper.treeToValue(document, CampPlan.class);
        } catch (JsonProcessingException e) {
            // both checks passed, so the mapping and the schema disagree: a defect, not bad input
            throw new IllegalStateException("A plan that passed validation could not be read", e);
        }
    }

    /**
     * Every problem the import would report for this plan: forms that change a stored camp use
     * it, so that what the import refuses, the forms refuse too, with the same words.
     */
    public List<PlanProblem> check(CampPlan plan) {
        JsonNode document = mapper.valueToTree(plan);
        List<PlanProblem> problems = new ArrayList<>(schemaCheck.check(document));
        problems.addAll(ConsistencyCheck.check(document));
        return problems;
    }

    private JsonNode parse(String json) {
        try {
            JsonNode document = mapper.readTree(json);
            if (document == null || document.isMissingNode()) {
                throw new InvalidPlanException(List.of(PlanProblem.of("$", "format.json.empty")));
            }
            return document;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            // the parser's own account of what it found stays in its (English) words
            PlanProblem problem = where == null ? PlanProblem.of("$", "format.json.invalid", e.getOriginalMessage())
                    : PlanProblem.of("$", "format.json.invalid-at", where.getLineNr(), where.getColumnNr(),
                    e.getOriginalMessage());
            throw new InvalidPlanException(List.of(problem));
        }
    }
}
