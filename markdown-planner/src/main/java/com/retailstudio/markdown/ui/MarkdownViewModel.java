package com.retailstudio.markdown.ui;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Markdowns section's state: plans the active data set (off the JavaFX thread, through the {@link TaskExecutor})
 * whenever it or the rules change, and holds the plan shown. The parts of the section each have their own model,
 * reached from here: the rule book ({@link #rules()}), the plan table ({@link #table()}), the changes made by hand
 * ({@link #overrides()}), the submission for review ({@link #submission()}) and the export ({@link #export()}).
 */
public final class MarkdownViewModel {

    private static final Feedback CANCELLED = Feedback.warning(
            "Planning was cancelled; the plan shown is the one before.");

    private final ObservableValue<Path> dataFolder;
    private final TaskExecutor tasks;
    private final ObjectProperty<PlanResult> result = new SimpleObjectProperty<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<RunningTask> running = new SimpleObjectProperty<>(this, "running");
    private final ObjectProperty<Feedback> error = new SimpleObjectProperty<>(this, "error", Feedback.none());
    private final ObjectProperty<Feedback> notice = new SimpleObjectProperty<>(this, "notice", Feedback.none());
    private final Map<String, ProductDemand> demandById = new HashMap<>();
    private final MarkdownRulesModel rules;
    private final PlanTableModel table = new PlanTableModel();
    private final PlanOverridesModel overrides;
    private final PlanSubmissionModel submission;
    private final PlanExportModel export;
    private final ScenarioBoard scenarios;
    /** The rule book the shown plan was made under (the editor's may have changed since). */
    private RuleBook plannedUnder;
    private volatile Fitted fitted;
    private long generation;

    private final Function<Path, DataSet> readHistory;

    /** Demand fitted on one folder's history, kept so that a change of rules only re-optimises. */
    private record Fitted(Path folder, MarkdownPlanner.FittedHistory history) {
    }

    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks) {
        this(dataFolder, tasks, RuleBookStore.inMemory());
    }

    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore) {
        this(dataFolder, tasks, ruleStore, null);
    }

    /**
     * @param submission where "Submit for review" sends the plan; null when the section has no review workflow (then
     *                   the submission model is not {@link PlanSubmissionModel#isAvailable() available})
     */
    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore,
                             ReviewSubmission submission) {
        this(dataFolder, tasks, ruleStore, submission, ScenarioStore.inMemory());
    }

    /** @param scenarioStore where named scenarios are kept */
    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore,
                             ReviewSubmission submission, ScenarioStore scenarioStore) {
        this(dataFolder, tasks, ruleStore, submission, scenarioStore, DataSetLoader::load);
    }

    /**
     * @param readHistory reads what planning uses (stores, products, weekly sales) of a data set folder: the
     *                    application reads its imported columnar copy where the workspace has one
     */
    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore,
                             ReviewSubmission submission, ScenarioStore scenarioStore,
                             Function<Path, DataSet> readHistory) {
        this.dataFolder = dataFolder;
        this.readHistory = readHistory;
        this.tasks = tasks;
        this.rules = new MarkdownRulesModel(ruleStore, result, notice::set, this::replan);
        this.overrides = new PlanOverridesModel(result, table);
        this.submission = new PlanSubmissionModel(submission, tasks, result, dataFolder, () -> plannedUnder,
                busy::get);
        this.export = new PlanExportModel(tasks, result);
        this.scenarios = new ScenarioBoard(scenarioStore, tasks, () -> {
            Fitted known = fitted;
            return known == null ? null : known.history();
        }, name -> new Scenario(name, rules.rulesProperty().get(), overrides.changesByHand()));
        dataFolder.addListener((observable, before, now) -> replan());
    }

    /** A view model that follows a source object (such as the active data set) through the folder it names. */
    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  TaskExecutor tasks) {
        return following(source, folderOf, tasks, RuleBookStore.inMemory());
    }

    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  TaskExecutor tasks, RuleBookStore ruleStore) {
        return following(source, folderOf, tasks, ruleStore, null);
    }

    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  TaskExecutor tasks, RuleBookStore ruleStore,
                                                  ReviewSubmission submission) {
        return following(source, folderOf, tasks, ruleStore, submission, ScenarioStore.inMemory());
    }

    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  TaskExecutor tasks, RuleBookStore ruleStore,
                                                  ReviewSubmission submission, ScenarioStore scenarios) {
        return following(source, folderOf, tasks, ruleStore, submission, scenarios, DataSetLoader::load);
    }

    /** As above, reading each folder's sales history with {@code readHistory}. */
    public static <T> MarkdownViewModel following(ObservableValue<T> source, Function<T, Path> folderOf,
                                                  TaskExecutor tasks, RuleBookStore ruleStore,
                                                  ReviewSubmission submission, ScenarioStore scenarios,
                                                  Function<Path, DataSet> readHistory) {
        ObservableValue<Path> folder = Bindings.createObjectBinding(() -> {
            T value = source.getValue();
            return value == null ? null : folderOf.apply(value);
        }, source);
        return new MarkdownViewModel(folder, tasks, ruleStore, submission, scenarios, readHistory);
    }

    /** Plans the current data folder, if any. */
    public void start() {
        replan();
    }

    /** Plans again under the current rules; the demand fitted on the same folder is reused. */
    public void replan() {
        Path folder = dataFolder.getValue();
        long run = ++generation;
        // "503 price changes written to …" was about the plan being replaced
        export.forget();
        if (folder == null) {
            stopped();
            // The Data section's list passes through no data set while it switches: the changes by hand are kept
            // for the plan of the next one, which keeps those that still keep the rules and says which it dropped.
            List<Scenario.HandChange> kept = overrides.changesByHand();
            apply(null);
            overrides.keep(kept);
            return;
        }
        busy.set(true);
        error.set(Feedback.none());
        RuleBook book = rules.rulesProperty().get();
        RunningTask task = tasks.execute(BackgroundTask.of("Planning markdowns", progress -> {
            Fitted known = fitted;
            MarkdownPlanner.FittedHistory history;
            if (known != null && known.folder().equals(folder)) {
                history = known.history();
            } else {
                progress.update(-1, "Fitting demand from weekly sell-through");
                history = MarkdownPlanner.fit(readHistory.apply(folder));
                fitted = new Fitted(folder, history);
            }
            if (progress.isCancelled()) {
                throw new CancellationException("markdown planning was cancelled");
            }
            return new MarkdownPlanner(book).plan(history, progress::isCancelled,
                    share -> progress.update(share, String.format(Locale.ROOT, "Optimising markdowns: %.0f %%",
                            share * 100)));
        }).onSuccess(plan -> {
            if (run == generation) {
                stopped();
                List<Scenario.HandChange> before = overrides.changesByHand();
                apply(plan, book);
                overrides.reapply(plan, book, before);
            }
        }).onFailure(failure -> {
            if (run == generation) {
                stopped();
                if (failure instanceof CancellationException) {
                    notice.set(CANCELLED);
                } else {
                    error.set(Feedback.danger("Could not plan markdowns: " + failure.getMessage()));
                }
            }
        }).onCancelled(() -> {
            if (run == generation) {
                stopped();
                notice.set(CANCELLED);
            }
        }));
        // an executor that runs the task at once (tests, headless rendering) has finished it already
        running.set(task.isDone() ? null : task);
    }

    private void stopped() {
        busy.set(false);
        running.set(null);
    }

    /**
     * Shows a plan computed elsewhere (tests, previews), taken to be made under the current rules; changes made by hand
     * are forgotten.
     */
    public void apply(PlanResult plan) {
        apply(plan, rules.rulesProperty().get());
    }

    private void apply(PlanResult plan, RuleBook book) {
        plannedUnder = book;
        submission.forget();
        overrides.forget();
        demandById.clear();
        if (plan != null) {
            for (ProductDemand d : plan.demand()) {
                demandById.put(d.productId(), d);
            }
        }
        result.set(null);
        table.showPlan(plan);
        result.set(plan);
    }

    /** The fitted demand of a row's product. */
    public ProductDemand demandOf(StorePlan row) {
        return demandById.get(row.productId());
    }

    public ReadOnlyObjectProperty<PlanResult> resultProperty() {
        return result;
    }

    /** True while a plan is being made. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The planning task while it runs (for its progress and Cancel), else null. */
    public ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return running;
    }

    /** Why the last planning failed; nothing once a plan is asked for again. */
    public ReadOnlyObjectProperty<Feedback> errorProperty() {
        return error;
    }

    /** Something worth saying that is not an error (cancelled planning, unreadable or unsaved rules). */
    public ReadOnlyObjectProperty<Feedback> noticeProperty() {
        return notice;
    }

    public MarkdownRulesModel rules() {
        return rules;
    }

    public PlanTableModel table() {
        return table;
    }

    public PlanOverridesModel overrides() {
        return overrides;
    }

    public PlanSubmissionModel submission() {
        return submission;
    }

    public PlanExportModel export() {
        return export;
    }

    /** The section's named scenarios. */
    public ScenarioBoard scenarios() {
        return scenarios;
    }
}
