package com.retailstudio.designer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of journey files ({@code docs/journey.schema.json}), shipped in this module's resources. */
public final class JourneySchema {
    /** Where the schema sits on the class path. */
    public static final String RESOURCE = "/com/retailstudio/designer/journey.schema.json";

    private JourneySchema() {
    }

    /** The schema's text exactly as shipped. */
    public static String json() {
        return shipped(RESOURCE, "the journey schema");
    }

    /** A schema shipped in this module's resources, as text. */
    static String shipped(String resource, String what) {
        try (InputStream in = JourneySchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
