package org.campcoplanner.planning.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes a camp plan in the interchange format. */
public final class PlanWriter {

    private final ObjectMapper mapper = PlanJson.mapper();

    public String write(CampPlan plan) {
        try {
            return mapper.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A camp plan could not be written", e);
        }
    }

    public void write(CampPlan plan, OutputStream out) {
        try {
            mapper.writeValue(out, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
