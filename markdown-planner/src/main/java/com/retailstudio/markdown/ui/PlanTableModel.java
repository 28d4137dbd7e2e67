package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.StorePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Markdowns section's plan table: the plan's rows (largest gain first), the filter and grouping, the totals of the
 * rows shown, and the selected row.
 */
public final class PlanTableModel {

    private final ObservableList<StorePlan> rows = FXCollections.observableArrayList();
    private final FilteredList<StorePlan> shown = new FilteredList<>(rows);
    private final ObjectProperty<PlanTotals> shownTotals = new SimpleObjectProperty<>(this, "shownTotals",
            PlanTotals.of(List.of()));
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NONE);
    private final ObjectProperty<StorePlan> selected = new SimpleObjectProperty<>(this, "selected");

    PlanTableModel() {
        filter.addListener((o, a, b) -> refilter());
        shown.addListener((ListChangeListener<StorePlan>) change -> shownTotals.set(PlanTotals.of(shown)));
    }

    /**
     * Shows a new plan's rows, largest gain over the baseline first; keeps the row the user looked at, else selects
     * the largest gain that still has a few weeks to show.
     */
    void showPlan(PlanResult plan) {
        StorePlan before = selected.get();
        rows.setAll(plan == null ? List.of() : plan.plans().stream().sorted(Comparator
                .comparingDouble((StorePlan p) -> p.plan().margin() - p.baseline().margin()).reversed()).toList());
        StorePlan same = before == null ? null : rows.stream().filter(p -> p.key().equals(before.key())).findFirst()
                .orElse(null);
        selected.set(same != null ? same : rows.stream().filter(p -> p.weeks().size() >= 4).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    /** Replaces the rows in place (order, filter and selection kept) by those of another version of the plan. */
    void showVersion(PlanResult plan) {
        Map<String, StorePlan> byKey = new HashMap<>();
        plan.plans().forEach(p -> byKey.put(p.key(), p));
        StorePlan before = selected.get();
        for (int i = 0; i < rows.size(); i++) {
            StorePlan now = byKey.get(rows.get(i).key());
            if (now != null && now != rows.get(i)) {
                rows.set(i, now);
            }
        }
        if (before != null) {
            selected.set(byKey.getOrDefault(before.key(), before));
        }
    }

    private void refilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : p -> (p.productId() + " " + p.productName() + " "
                + p.category() + " " + p.storeId() + " " + p.cluster()).toLowerCase(Locale.ROOT).contains(needle));
        shownTotals.set(PlanTotals.of(shown));
    }

    /** The shown rows per group, groups in name order (one unnamed group when not grouping). */
    public Map<String, List<StorePlan>> groups() {
        Map<String, List<StorePlan>> out = new TreeMap<>();
        for (StorePlan p : shown) {
            out.computeIfAbsent(grouping.get().keyOf(p), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** All rows of the plan, largest gain first. */
    public ObservableList<StorePlan> rows() {
        return rows;
    }

    /** The rows that pass the filter. */
    public ObservableList<StorePlan> shownRows() {
        return shown;
    }

    public ReadOnlyObjectProperty<PlanTotals> shownTotalsProperty() {
        return shownTotals;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<StorePlan> selectedProperty() {
        return selected;
    }
}
