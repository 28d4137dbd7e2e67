package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.ZoneMetrics;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A zone figure the floor plan can colour zones by. */
public enum ZoneMetric {
    VISITS("Visits", ZoneMetrics::visits, "%.0f"),
    CAPTURE_RATE("Capture rate", ZoneMetrics::captureRate, "%.0f %%", 100),
    MEDIAN_DWELL("Median dwell", ZoneMetrics::medianDwellSeconds, "%.0f s"),
    CONVERSION("Conversion", ZoneMetrics::conversionRate, "%.0f %%", 100),
    REVENUE_PER_M2("Revenue per m²", ZoneMetrics::revenuePerM2, "%.1f");

    private final String title;
    private final ToDoubleFunction<ZoneMetrics> value;
    private final String format;
    private final double displayFactor;

    ZoneMetric(String title, ToDoubleFunction<ZoneMetrics> value, String format) {
        this(title, value, format, 1);
    }

    ZoneMetric(String title, ToDoubleFunction<ZoneMetrics> value, String format, double displayFactor) {
        this.title = title;
        this.value = value;
        this.format = format;
        this.displayFactor = displayFactor;
    }

    public double of(ZoneMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    /** Conversion and revenue per m² belong to a category; the other figures to every walkable zone. */
    public boolean appliesTo(ZoneMetrics zone) {
        return this != CONVERSION && this != REVENUE_PER_M2 || zone.category().isPresent();
    }

    /** A difference of two values, signed; rates in percentage points. */
    public String formatDifference(double delta) {
        String signed = format.replace("%.", "%+.");
        return String.format(Locale.ROOT, signed.replace("%%", "pts"),
                delta * displayFactor);
    }

    public String format(double v) {
        return String.format(Locale.ROOT, format, v * displayFactor);
    }

    @Override
    public String toString() {
        return title;
    }
}
