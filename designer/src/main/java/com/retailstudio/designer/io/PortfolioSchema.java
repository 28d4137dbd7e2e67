package com.retailstudio.designer.io;

/**
 * The JSON Schema of portfolio rules files ({@code docs/portfolio.schema.json}), shipped in this module's resources;
 * it refers to the journey schema for conditions and caps.
 */
public final class PortfolioSchema {
    /** Where the schema sits on the class path. */
    public static final String RESOURCE = "/com/retailstudio/designer/portfolio.schema.json";

    private PortfolioSchema() {
    }

    /** The schema's text exactly as shipped. */
    public static String json() {
        return JourneySchema.shipped(RESOURCE, "the portfolio schema");
    }
}
