package com.retailstudio.markdown.ui;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Markdowns section's state: plans the active data set (off the JavaFX thread, through the {@link PlanRunner})
 * whenever it changes, and holds the plan, its rows and the selected row.
 */
public final class MarkdownViewModel {

    private final ObservableValue<Path> dataFolder;
    private final PlanRunner runner;
    private final RuleBook rules;
    private final ObjectProperty<PlanResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<StorePlan> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StorePlan> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final Map<String, ProductDemand> demandById = new HashMap<>();
    private long generation;

    public MarkdownViewModel(ObservableValue<Path> dataFolder, PlanRunner runner) {
        this(dataFolder, runner, RuleBook.standard());
    }

    public MarkdownViewModel(ObservableValue<Path> dataFolder, PlanRunner runner, RuleBook rules) {
        this.dataFolder = dataFolder;
        this.runner = runner;
        this.rules = rules;
        dataFolder.addListener((observable, before, now) -> replan());
    }

    /** A view model that follows a source object (such as the active data set) through the folder it names. */
    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  PlanRunner runner) {
        ObservableValue<Path> folder = Bindings.createObjectBinding(() -> {
            T value = source.getValue();
            return value == null ? null : folderOf.apply(value);
        }, source);
        return new MarkdownViewModel(folder, runner);
    }

    /** Plans the current data folder, if any. */
    public void start() {
        replan();
    }

    public void replan() {
        Path folder = dataFolder.getValue();
        long run = ++generation;
        if (folder == null) {
            apply(null);
            return;
        }
        busy.set(true);
        error.set(null);
        runner.run("Planning markdowns", () -> new MarkdownPlanner(rules).plan(DataSetLoader.load(folder)),
                plan -> {
                    if (run == generation) {
                        busy.set(false);
                        apply(plan);
                    }
                },
                failure -> {
                    if (run == generation) {
                        busy.set(false);
                        error.set("Could not plan markdowns: " + failure.getMessage());
                    }
                });
    }

    /** Shows a plan computed elsewhere (tests, previews). */
    public void apply(PlanResult plan) {
        demandById.clear();
        if (plan != null) {
            for (ProductDemand d : plan.demand()) {
                demandById.put(d.productId(), d);
            }
        }
        result.set(null);
        // rows with the largest gain over the baseline first
        rows.setAll(plan == null ? java.util.List.of() : plan.plans().stream().sorted(java.util.Comparator
                .comparingDouble((StorePlan p) -> p.plan().margin() - p.baseline().margin()).reversed()).toList());
        // select the largest gain that still has a few weeks to show, else the first row
        selected.set(rows.stream().filter(p -> p.weeks().size() >= 4).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        result.set(plan);
    }

    /** The fitted demand of a row's product. */
    public ProductDemand demandOf(StorePlan row) {
        return demandById.get(row.productId());
    }

    public ReadOnlyObjectProperty<PlanResult> resultProperty() {
        return result;
    }

    public ObservableList<StorePlan> rows() {
        return rows;
    }

    public ObjectProperty<StorePlan> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
