package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.TimeFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Store layouts section's filter: the daypart and dates of the main plan, whether and how a second plan is
 * compared beside it, and the heatmap's kernel bandwidth shared by both.
 */
public final class LayoutFilter {

    /** The filter of the main plan, and of the compared plan when comparing (else null). */
    public record Filters(TimeFilter main, TimeFilter compared) {
    }

    private final ObjectProperty<Daypart> daypart = new SimpleObjectProperty<>(this, "daypart", Daypart.ALL);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare");
    private final ObjectProperty<Daypart> compareDaypart = new SimpleObjectProperty<>(this, "compareDaypart",
            Daypart.SATURDAY);
    private final ObjectProperty<LocalDate> compareFromDate = new SimpleObjectProperty<>(this, "compareFromDate");
    private final ObjectProperty<LocalDate> compareToDate = new SimpleObjectProperty<>(this, "compareToDate");
    private final ObjectProperty<Double> bandwidth = new SimpleObjectProperty<>(this, "bandwidth");

    /** Runs {@code action} whenever any part of the filter takes another value. */
    void onChange(Runnable action) {
        for (ObservableValue<?> part : List.of(daypart, fromDate, toDate, compare, compareDaypart, compareFromDate,
                compareToDate, bandwidth)) {
            part.addListener((o, before, now) -> {
                if (now != null && !now.equals(before) || now == null && before != null) {
                    action.run();
                }
            });
        }
    }

    /**
     * The filters as set now: the compared plan has its own daypart, and its own dates where set, else the main
     * plan's.
     *
     * @throws IllegalArgumentException when a date range ends before it starts, saying so
     */
    Filters filters() {
        TimeFilter main = new TimeFilter(Optional.ofNullable(fromDate.get()), Optional.ofNullable(toDate.get()),
                daypart.get() == null ? Daypart.ALL : daypart.get());
        if (!compare.get() || compareDaypart.get() == null) {
            return new Filters(main, null);
        }
        return new Filters(main, new TimeFilter(Optional.ofNullable(compareFromDate.get()).or(main::from),
                Optional.ofNullable(compareToDate.get()).or(main::to), compareDaypart.get()));
    }

    public ObjectProperty<Daypart> daypartProperty() {
        return daypart;
    }

    /** First local date analysed, inclusive; null = from the first reading. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last local date analysed, inclusive; null = to the last reading. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** True to show a second plan, for {@link #compareDaypartProperty()}, beside the first on the same scale. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObjectProperty<Daypart> compareDaypartProperty() {
        return compareDaypart;
    }

    /** First local date of the compared plan; null = the main plan's. */
    public ObjectProperty<LocalDate> compareFromDateProperty() {
        return compareFromDate;
    }

    /** Last local date of the compared plan; null = the main plan's. */
    public ObjectProperty<LocalDate> compareToDateProperty() {
        return compareToDate;
    }

    /**
     * The heatmap's kernel standard deviation in metres, the same for both plans when comparing; null = Scott's rule
     * (each plan its own). Changing it recomputes off the JavaFX thread; it stays while the section is open.
     */
    public ObjectProperty<Double> bandwidthProperty() {
        return bandwidth;
    }

    /** Back to Scott's rule. */
    public void resetBandwidth() {
        bandwidth.set(null);
    }

    /**
     * "Auto (Scott's rule: 1.2 m)" or the chosen bandwidth, e.g. "2.0 m".
     *
     * @param shown the results on the plan, whose rule value is named; null before the first
     */
    public String bandwidthText(LayoutSnapshot shown) {
        Double h = bandwidth.get();
        if (h != null) {
            return String.format(Locale.ROOT, "%.1f m", h);
        }
        return shown == null ? "Auto (Scott's rule)" : "Auto (Scott's rule: " + shown.scottBandwidth().label() + ")";
    }
}
