package com.retailstudio.designer.io;

import com.retailstudio.designer.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The journeys a marketer can start from, shipped as journey files in this module's resources. */
public final class JourneyTemplates {
    /** Template names in the order the designer lists them. */
    public static final List<String> NAMES = List.of("cart-abandonment", "welcome-series", "winback",
            "clearance-offer", "back-in-stock", "birthday");

    private JourneyTemplates() {
    }

    /** The template's file text exactly as shipped; empty for an unknown name. */
    public static Optional<String> json(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = JourneyTemplates.class.getResourceAsStream(
                "/com/retailstudio/designer/templates/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("template " + name + " is missing from the jar");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as a journey; empty for an unknown name. */
    public static Optional<Journey> load(String name) {
        return json(name).map(text -> {
            try {
                return JourneyJson.parse(text);
            } catch (JourneyFormatException e) {
                throw new IllegalStateException("template " + name + " is broken: " + e.getMessage(), e);
            }
        });
    }
}
