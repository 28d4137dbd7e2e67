package com.retailstudio.designer.io;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The portfolios a marketer can start from: rules shipped beside the journey templates, each with the templates it
 * governs, so a new user can simulate journeys together on the bundled sample and see what they take from each other.
 */
public final class PortfolioTemplates {
    /** The welcome series, cart abandonment and win-back templates under caps they share. */
    public static final String SHARED_CAPS = "shared-caps";
    public static final List<String> NAMES = List.of(SHARED_CAPS);

    private PortfolioTemplates() {
    }

    /** The rules of a portfolio template; empty for an unknown name. */
    public static Optional<PortfolioRules> rules(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String path = "/com/retailstudio/designer/templates/" + name + ".portfolio.json";
        try (InputStream in = PortfolioTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("portfolio template " + name + " is missing from the jar");
            }
            return Optional.of(PortfolioRulesReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JourneyFormatException e) {
            throw new IllegalStateException("portfolio template " + name + " is not valid at " + e.getMessage(), e);
        }
    }

    /** The journey templates a portfolio template governs, in its priority order. */
    public static List<Journey> journeys(String name) {
        return rules(name).map(r -> r.priority().stream().map(id -> JourneyTemplates.load(id).orElseThrow(
                () -> new IllegalStateException("portfolio template " + name + " names no journey template " + id)))
                .toList()).orElse(List.of());
    }
}
