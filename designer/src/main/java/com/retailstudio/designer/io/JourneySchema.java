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
        try (InputStream in = JourneySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the journey schema is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
