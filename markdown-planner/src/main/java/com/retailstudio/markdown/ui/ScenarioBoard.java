package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioComparison;
import com.retailstudio.markdown.scenario.ScenarioJson;
import com.retailstudio.markdown.scenario.ScenarioRun;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The section's named what-if scenarios: the current rules, objective, budget and changes by hand saved under a name
 * in the workspace, and every saved scenario planned again on the same fitted demand — off the JavaFX thread — and
 * compared side by side with the difference per category.
 */
public final class ScenarioBoard {

    private final ScenarioStore store;
    private final TaskExecutor tasks;
    private final Supplier<MarkdownPlanner.FittedHistory> history;
    private final Function<String, Scenario> current;
    private final ObservableList<Scenario> saved = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioComparison.Table> comparison = new SimpleObjectProperty<>(this,
            "comparison");
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /**
     * @param history the demand fitted on the active data set, or null before the first plan
     * @param current the rules and changes by hand the section shows now, under a name
     */
    ScenarioBoard(ScenarioStore store, TaskExecutor tasks, Supplier<MarkdownPlanner.FittedHistory> history,
                  Function<String, Scenario> current) {
        this.store = store;
        this.tasks = tasks;
        this.history = history;
        this.current = current;
        List<String> unreadable = new ArrayList<>();
        for (String json : store.list()) {
            try {
                saved.add(ScenarioJson.read(json));
            } catch (IllegalArgumentException e) {
                unreadable.add(e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            message.set(unreadable.size() + " saved scenario" + (unreadable.size() == 1 ? " could" : "s could")
                    + " not be read and " + (unreadable.size() == 1 ? "is" : "are") + " left out: "
                    + unreadable.get(0));
        }
    }

    /** Saves what the section shows now under a name; a scenario of the same name is replaced. */
    public void save(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            message.set("Name the scenario first.");
            return;
        }
        Scenario scenario = current.apply(trimmed);
        store.save(trimmed, ScenarioJson.write(scenario));
        saved.removeIf(s -> s.name().equals(trimmed));
        saved.add(scenario);
        message.set(String.format(Locale.ROOT, "Saved scenario \"%s\": the current rules (objective %s) and %d "
                + "change%s by hand.", trimmed, scenario.rules().objective().label(), scenario.changes().size(),
                scenario.changes().size() == 1 ? "" : "s"));
    }

    /** Plans every saved scenario on the fitted demand, off the JavaFX thread, and compares them side by side. */
    public void compare() {
        MarkdownPlanner.FittedHistory fitted = history.get();
        if (fitted == null) {
            message.set("Nothing to compare yet: the active data set has not been planned.");
            return;
        }
        if (saved.isEmpty()) {
            message.set("Save a scenario first: name the current rules and changes by hand, then compare.");
            return;
        }
        List<Scenario> scenarios = List.copyOf(saved);
        busy.set(true);
        tasks.execute(BackgroundTask.<List<ScenarioRun>>of("Comparing markdown scenarios", progress -> {
            List<ScenarioRun> runs = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                int done = i;
                runs.add(ScenarioRun.of(fitted, scenarios.get(i), progress::isCancelled, share -> progress.update(
                        (done + share) / scenarios.size(), "Planning scenario \"" + scenarios.get(done).name()
                                + "\"")));
            }
            return runs;
        }).onSuccess(runs -> {
            busy.set(false);
            comparison.set(ScenarioComparison.compare(runs));
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Compared %d scenario%s on the same "
                    + "fitted demand.", runs.size(), runs.size() == 1 ? "" : "s"));
            for (ScenarioRun run : runs) {
                for (ScenarioRun.Dropped d : run.dropped()) {
                    text.append(String.format(Locale.ROOT, " \"%s\" dropped a change to %s in %s: %s",
                            run.scenario().name(), d.change().productId(), d.change().storeId(), d.reason()));
                }
            }
            message.set(text.toString());
        }).onFailure(failure -> {
            busy.set(false);
            message.set(failure instanceof CancellationException ? "The comparison was cancelled."
                    : "Could not compare the scenarios: " + failure.getMessage());
        }).onCancelled(() -> {
            busy.set(false);
            message.set("The comparison was cancelled.");
        }));
    }

    public ObservableList<Scenario> saved() {
        return FXCollections.unmodifiableObservableList(saved);
    }

    public ReadOnlyObjectProperty<ScenarioComparison.Table> comparisonProperty() {
        return comparison;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
