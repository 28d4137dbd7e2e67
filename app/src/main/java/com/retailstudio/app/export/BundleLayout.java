package com.retailstudio.app.export;

import com.retailstudio.app.approval.PortfolioRulesCheck;
import java.util.Locale;

/** Where each kind of approved document goes inside a bundle, and the bundle's fixed file names. */
final class BundleLayout {

    static final String MANIFEST = "manifest.json";
    static final String README = "README.md";
    static final int SCHEMA_VERSION = 1;
    /** The JSON Schema of the bundle's journey files. */
    static final String JOURNEY_SCHEMA = "schemas/journey.schema.json";
    /** The JSON Schema of the bundle's portfolio rules, there when the bundle carries some. */
    static final String PORTFOLIO_SCHEMA = "schemas/portfolio.schema.json";

    private BundleLayout() {
    }

    /** {@code journeys/welcome-v3.json}, {@code markdowns/autumn-v1.json}, {@code portfolio/default-v2.json}, or {@code documents/<kind>/...}. */
    static String documentPath(String kind, String id, int version) {
        String fileName = safe(id) + "-v" + version + ".json";
        return switch (kind) {
            case "journey" -> "journeys/" + fileName;
            case "markdown_plan" -> "markdowns/" + fileName;
            case PortfolioRulesCheck.KIND -> "portfolio/" + fileName;
            default -> "documents/" + safe(kind) + "/" + fileName;
        };
    }

    /** {@code decisions/welcome-v3.dmn}: an approved journey's stateless decisions as DMN 1.3. */
    static String decisionsPath(String id, int version) {
        return "decisions/" + safe(id) + "-v" + version + ".dmn";
    }

    /** Keeps ids usable as file names on every platform. */
    static String safe(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    }
}
