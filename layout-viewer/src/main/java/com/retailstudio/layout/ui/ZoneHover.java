package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.ZoneMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The zone under the pointer on either plan, and its figures as the side panel shows them. */
public final class ZoneHover {

    /**
     * One figure of the hovered zone on both plans when comparing.
     *
     * @param figure     what it is
     * @param left       on the main plan
     * @param right      on the compared plan
     * @param difference right minus left (percentage points for rates)
     */
    public record ZoneComparison(String figure, String left, String right, String difference) {
    }

    private final StringProperty hoveredZone = new SimpleStringProperty(this, "hoveredZone");
    private final ObservableValue<LayoutSnapshot> snapshot;
    private final ObservableValue<LayoutSnapshot> compared;

    /**
     * @param snapshot the main plan's results
     * @param compared the compared plan's results, null when not comparing
     */
    ZoneHover(ObservableValue<LayoutSnapshot> snapshot,
              ObservableValue<LayoutSnapshot> compared) {
        this.snapshot = snapshot;
        this.compared = compared;
    }

    /** The id of the zone under the pointer, or null. */
    public StringProperty hoveredZoneProperty() {
        return hoveredZone;
    }

    /** The figures of the hovered zone, one per line, or empty. */
    public String text() {
        return hovered(snapshot.getValue()).map(z -> String.format(Locale.ROOT,
                "%s · %s%nVisits %,d · passers %,d%nDwells %,d (capture %.0f %%)%nMedian dwell %.0f s%n"
                        + "Conversion %.0f %% · %.1f per m²",
                z.category().orElse(z.zoneType()), z.zoneId(), z.visits(), z.passers(), z.dwells(),
                z.captureRate() * 100, z.medianDwellSeconds(), z.conversionRate() * 100, z.revenuePerM2()))
                .orElse("");
    }

    /** "category · zone id" of the hovered zone, or empty. */
    public String title() {
        return hovered(snapshot.getValue()).map(z -> z.category().orElse(z.zoneType()) + " · " + z.zoneId())
                .orElse("");
    }

    /** The hovered zone's figures on both plans, or empty when not comparing or nothing is hovered. */
    public List<ZoneComparison> comparison() {
        Optional<ZoneMetrics> left = hovered(snapshot.getValue());
        Optional<ZoneMetrics> right = hovered(compared.getValue());
        if (left.isEmpty() || right.isEmpty()) {
            return List.of();
        }
        List<ZoneComparison> rows = new ArrayList<>();
        for (ZoneMetric m : ZoneMetric.values()) {
            if (m.appliesTo(left.get())) {
                double a = m.of(left.get());
                double b = m.of(right.get());
                rows.add(new ZoneComparison(m.toString(), m.format(a), m.format(b), m.formatDifference(b - a)));
            }
        }
        return rows;
    }

    private Optional<ZoneMetrics> hovered(LayoutSnapshot s) {
        String id = hoveredZone.get();
        return s == null || id == null ? Optional.empty() : s.zone(id);
    }
}
