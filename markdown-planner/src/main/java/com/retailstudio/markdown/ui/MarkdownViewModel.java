package com.retailstudio.markdown.ui;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.engine.PlanOverrides;
import com.retailstudio.markdown.io.PriceChangeWorkbook;
import com.retailstudio.markdown.io.PriceChangeWriter;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleProblem;
import com.retailstudio.markdown.model.RulesForm;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioRun;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
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
import javafx.collections.transformation.FilteredList;

/**
 * The Markdowns section's state: plans the active data set (off the JavaFX thread, through the {@link TaskExecutor})
 * whenever it or the rules change, and holds the plan, its rows (filtered, grouped, with totals), the selected row,
 * the rule book with its editor's checks, the changes made by hand with their undo history, the export, and the
 * submission of the plan for review.
 */
public final class MarkdownViewModel {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
            "d MMM", Locale.ROOT);

    private final ObservableValue<Path> dataFolder;
    private final TaskExecutor tasks;
    private final RuleBookStore ruleStore;
    private final ObjectProperty<RuleBook> rules = new SimpleObjectProperty<>(this, "rules");
    private final ObjectProperty<PlanResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<StorePlan> rows = FXCollections.observableArrayList();
    private final FilteredList<StorePlan> shown = new FilteredList<>(rows);
    private final ObjectProperty<PlanTotals> shownTotals = new SimpleObjectProperty<>(this, "shownTotals",
            PlanTotals.of(List.of()));
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NONE);
    private final ObjectProperty<StorePlan> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final StringProperty notice = new SimpleStringProperty(this, "notice");
    private final StringProperty overrideMessage = new SimpleStringProperty(this, "overrideMessage");
    private final BooleanProperty overrideRejected = new SimpleBooleanProperty(this, "overrideRejected");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final StringProperty exportMessage = new SimpleStringProperty(this, "exportMessage");
    private final ReviewSubmission submission;
    private final BooleanProperty submitting = new SimpleBooleanProperty(this, "submitting");
    private final StringProperty submitMessage = new SimpleStringProperty(this, "submitMessage");
    private final BooleanProperty submitRefused = new SimpleBooleanProperty(this, "submitRefused");
    private final ObservableList<String> submitProblems = FXCollections.observableArrayList();
    private final ObservableList<String> submitProblemsView = FXCollections.unmodifiableObservableList(submitProblems);
    /** The rule book the shown plan was made under (the editor's may have changed since). */
    private RuleBook plannedUnder;
    private final Map<String, ProductDemand> demandById = new HashMap<>();
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private Set<String> overridden = Set.of();
    /** The changes made by hand since the last plan, in order: re-planning re-applies those that still fit. */
    private List<Scenario.HandChange> handChanges = List.of();
    private volatile Fitted fitted;
    private final ScenarioBoard scenarios;
    private long generation;

    /** A plan and the rows changed by hand in it, to go back to. */
    private record Snapshot(PlanResult result, Set<String> overridden, List<Scenario.HandChange> handChanges) {
    }

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
     *                   {@link #canSubmitForReview()} is false)
     */
    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore,
                             ReviewSubmission submission) {
        this(dataFolder, tasks, ruleStore, submission, ScenarioStore.inMemory());
    }

    /** @param scenarioStore where named scenarios are kept */
    public MarkdownViewModel(ObservableValue<Path> dataFolder, TaskExecutor tasks, RuleBookStore ruleStore,
                             ReviewSubmission submission, ScenarioStore scenarioStore) {
        this.scenarios = new ScenarioBoard(scenarioStore, tasks, () -> {
            Fitted known = fitted;
            return known == null ? null : known.history();
        }, name -> new Scenario(name, rules.get(), handChanges));
        this.dataFolder = dataFolder;
        this.tasks = tasks;
        this.ruleStore = ruleStore;
        this.submission = submission;
        rules.set(loadRules());
        dataFolder.addListener((observable, before, now) -> replan());
        filter.addListener((o, a, b) -> refilter());
        shown.addListener((javafx.collections.ListChangeListener<StorePlan>) change -> shownTotals.set(
                PlanTotals.of(shown)));
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
        ObservableValue<Path> folder = Bindings.createObjectBinding(() -> {
            T value = source.getValue();
            return value == null ? null : folderOf.apply(value);
        }, source);
        return new MarkdownViewModel(folder, tasks, ruleStore, submission, scenarios);
    }

    private RuleBook loadRules() {
        Optional<String> saved;
        try {
            saved = ruleStore.read();
        } catch (RuntimeException e) {
            notice.set("The saved markdown rules could not be read (" + e.getMessage() + "); the defaults apply.");
            return RuleBook.standard();
        }
        if (saved.isEmpty()) {
            return RuleBook.standard();
        }
        try {
            return RuleBookJson.read(saved.get());
        } catch (IllegalArgumentException e) {
            notice.set("The saved markdown rules could not be read (" + e.getMessage() + "); the defaults apply.");
            return RuleBook.standard();
        }
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
        exportMessage.set(null);
        if (folder == null) {
            busy.set(false);
            // The Data section's list passes through no data set while it switches: the changes by hand are kept
            // for the plan of the next one, which keeps those that still keep the rules and says which it dropped.
            List<Scenario.HandChange> kept = handChanges;
            apply(null);
            handChanges = kept;
            return;
        }
        busy.set(true);
        error.set(null);
        RuleBook book = rules.get();
        this.<PlanResult>run("Planning markdowns", progress -> {
            Fitted known = fitted;
            MarkdownPlanner.FittedHistory history;
            if (known != null && known.folder().equals(folder)) {
                history = known.history();
            } else {
                progress.update(-1, "Fitting demand from weekly sell-through");
                history = MarkdownPlanner.fit(DataSetLoader.load(folder));
                fitted = new Fitted(folder, history);
            }
            if (progress.isCancelled()) {
                throw new CancellationException("markdown planning was cancelled");
            }
            return new MarkdownPlanner(book).plan(history, progress::isCancelled,
                    share -> progress.update(share, String.format(Locale.ROOT, "Optimising markdowns: %.0f %%",
                            share * 100)));
        }, plan -> {
            if (run == generation) {
                busy.set(false);
                List<Scenario.HandChange> before = handChanges;
                apply(plan, book);
                keepChangesByHand(plan, book, before);
            }
        }, failure -> {
            if (run == generation) {
                busy.set(false);
                if (failure instanceof CancellationException) {
                    notice.set("Planning was cancelled; the plan shown is the one before.");
                } else {
                    error.set("Could not plan markdowns: " + failure.getMessage());
                }
            }
        }, () -> {
            if (run == generation) {
                busy.set(false);
                notice.set("Planning was cancelled; the plan shown is the one before.");
            }
        });
    }

    /**
     * Shows a plan computed elsewhere (tests, previews), taken to be made under the current rules; changes made by hand
     * are forgotten.
     */
    public void apply(PlanResult plan) {
        apply(plan, rules.get());
    }

    private void apply(PlanResult plan, RuleBook book) {
        plannedUnder = book;
        submitMessage.set(null);
        submitProblems.clear();
        undo.clear();
        canUndo.set(false);
        overridden = Set.of();
        handChanges = List.of();
        overrideMessage.set(null);
        demandById.clear();
        if (plan != null) {
            for (ProductDemand d : plan.demand()) {
                demandById.put(d.productId(), d);
            }
        }
        result.set(null);
        StorePlan before = selected.get();
        // rows with the largest gain over the baseline first
        rows.setAll(plan == null ? List.of() : plan.plans().stream().sorted(Comparator
                .comparingDouble((StorePlan p) -> p.plan().margin() - p.baseline().margin()).reversed()).toList());
        // keep the row the user looked at; else the largest gain that still has a few weeks to show
        StorePlan same = before == null ? null : rows.stream().filter(p -> p.key().equals(before.key())).findFirst()
                .orElse(null);
        selected.set(same != null ? same : rows.stream().filter(p -> p.weeks().size() >= 4).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        result.set(plan);
    }

    // ---- rules ----

    /** The categories of the planned products, sorted. */
    public List<String> categories() {
        PlanResult r = result.get();
        return r == null ? List.of() : List.copyOf(new TreeSet<>(r.plans().stream().map(StorePlan::category)
                .toList()));
    }

    /** The editor's form for the defaults ({@code category} empty) or a category's rules. */
    public RulesForm formFor(Optional<String> category) {
        RuleBook book = rules.get();
        return RulesForm.of(category.map(book::forCategory).orElse(book.defaults()));
    }

    /** Whether a category has rules of its own. */
    public boolean hasOwnRules(String category) {
        return rules.get().byCategory().containsKey(category);
    }

    /** Checks a form against the longest season of the products it would apply to. */
    public RulesForm.Checked check(RulesForm form, Optional<String> category) {
        return form.check(longestSeason(category));
    }

    private int longestSeason(Optional<String> category) {
        PlanResult r = result.get();
        if (r == null) {
            return 0;
        }
        return r.plans().stream().filter(p -> category.isEmpty() || p.category().equals(category.get()))
                .mapToInt(p -> p.basis().seasonWeeks()).max().orElse(0);
    }

    /**
     * Applies the form as the default rules ({@code category} empty) or a category's own, saves the rule book and plans
     * again. Nothing is applied when the form has a problem; the problems are returned.
     */
    public List<RuleProblem> applyRules(Optional<String> category, RulesForm form) {
        RulesForm.Checked checked = check(form, category);
        if (!checked.ok()) {
            return checked.problems();
        }
        RuleBook book = rules.get();
        setRules(category.map(c -> book.withCategory(c, checked.rules().orElseThrow()))
                .orElseGet(() -> book.withDefaults(checked.rules().orElseThrow())));
        return List.of();
    }

    /** A category follows the defaults again; saves and plans again. */
    public void useDefaults(String category) {
        setRules(rules.get().withoutCategory(category));
    }

    /** Plans for another objective (one for the whole rule book), saved with the rules and planned again. */
    public void applyObjective(com.retailstudio.markdown.model.Objective objective) {
        if (objective != null && objective != rules.get().objective()) {
            setRules(rules.get().withObjective(objective));
        }
    }

    /** Sets the plan-wide markdown budget (NaN = none), saved with the rules and planned again. */
    public void applyPlanBudget(double budget) {
        if (Double.compare(budget, rules.get().planMarkdownBudget()) != 0) {
            setRules(rules.get().withPlanMarkdownBudget(budget));
        }
    }

    private void setRules(RuleBook book) {
        rules.set(book);
        try {
            ruleStore.write(RuleBookJson.write(book));
        } catch (RuntimeException e) {
            // On a team workspace someone else may have saved the rule book since it was read; the store refuses to
            // overwrite it and says who. The form keeps this person's rules; nothing is planned on unsaved rules.
            notice.set("The rules were not saved: " + e.getMessage());
            return;
        }
        notice.set(null);
        replan();
    }

    // ---- changes by hand ----

    /**
     * Sets the selected row's price from week {@code week} to {@code cents} (a price equal to the one before removes
     * the markdown); returns the reason when a rule refuses it, and the plan stays as it was.
     */
    public Optional<String> setStep(StorePlan row, int week, int cents) {
        return change(row, PlanOverrides.setStep(result.get(), row, week, cents), "Changed by hand", week, cents);
    }

    /** Removes the markdown that takes effect in week {@code week} of a row. */
    public Optional<String> removeStep(StorePlan row, int week) {
        int before = week <= 0 || week > row.planCents().length ? row.currentCents() : row.planCents()[week - 1];
        return change(row, PlanOverrides.removeStep(result.get(), row, week), "Markdown removed by hand", week,
                before);
    }

    /**
     * After re-planning, re-applies the changes made by hand under the new plan, keeping those that still keep the
     * rules (the same check as a new change) and saying which were dropped and why.
     */
    private void keepChangesByHand(PlanResult plan, RuleBook book, List<Scenario.HandChange> changes) {
        if (changes.isEmpty() || plan == null) {
            return;
        }
        ScenarioRun again = ScenarioRun.reapply(plan, new Scenario("changes by hand", book, changes));
        Set<String> keys = new HashSet<>();
        for (Scenario.HandChange kept : again.kept()) {
            again.plan().plans().stream().filter(p -> p.productId().equals(kept.productId())
                    && p.storeId().equals(kept.storeId())).findFirst().ifPresent(row -> PlanOverrides.unitOf(
                    again.plan(), row).forEach(member -> keys.add(member.key())));
        }
        handChanges = again.kept();
        show(again.plan(), keys);
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "Re-planned: kept %d of %d change%s "
                + "made by hand", again.kept().size(), changes.size(), changes.size() == 1 ? "" : "s"));
        for (ScenarioRun.Dropped d : again.dropped()) {
            message.append(String.format(Locale.ROOT, "; dropped %s in %s from %s to %.2f: %s", d.change().productId(),
                    d.change().storeId(), DAY.format(d.change().week()), d.change().cents() / 100.0, d.reason()));
        }
        overrideRejected.set(!again.dropped().isEmpty());
        overrideMessage.set(message.append(again.dropped().isEmpty() ? "." : "").toString());
    }

    /** The section's named scenarios. */
    public ScenarioBoard scenarios() {
        return scenarios;
    }

    /** The changes made by hand that the plan shown carries, in the order they were made. */
    public List<Scenario.HandChange> changesByHand() {
        return handChanges;
    }

    private Optional<String> change(StorePlan row, PlanOverrides.Outcome outcome, String what, int week,
                                    int cents) {
        if (outcome instanceof PlanOverrides.Rejected rejected) {
            overrideRejected.set(true);
            overrideMessage.set("Not applied: " + rejected.reason());
            return Optional.of(rejected.reason());
        }
        PlanOverrides.Applied applied = (PlanOverrides.Applied) outcome;
        undo.push(new Snapshot(result.get(), overridden, handChanges));
        List<Scenario.HandChange> withThis = new ArrayList<>(handChanges);
        withThis.add(new Scenario.HandChange(row.productId(), row.storeId(), row.weeks().get(week), cents));
        handChanges = List.copyOf(withThis);
        Set<String> now = new HashSet<>(overridden);
        applied.changed().forEach(p -> now.add(p.key()));
        double before = applied.changed().stream().mapToDouble(p -> marginOf(result.get(), p.key())).sum();
        double after = applied.changed().stream().mapToDouble(p -> p.plan().margin()).sum();
        show(applied.result(), now);
        overrideRejected.set(false);
        overrideMessage.set(String.format(Locale.ROOT, "%s for %d store%s of %s: margin %+,.0f (now %,.0f).", what,
                applied.changed().size(), applied.changed().size() == 1 ? "" : "s", row.productId(), after - before,
                after));
        return Optional.empty();
    }

    private static double marginOf(PlanResult plan, String key) {
        return plan.plans().stream().filter(p -> p.key().equals(key)).mapToDouble(p -> p.plan().margin()).sum();
    }

    /** Takes back the last change made by hand; false when there is none. */
    public boolean undoChange() {
        if (undo.isEmpty()) {
            return false;
        }
        Snapshot back = undo.pop();
        handChanges = back.handChanges();
        show(back.result(), back.overridden());
        overrideRejected.set(false);
        overrideMessage.set("Undone: the plan is as it was before the last change.");
        return true;
    }

    /** Replaces the rows in place (order, filter and selection kept) by those of another version of the plan. */
    private void show(PlanResult plan, Set<String> changedByHand) {
        Map<String, StorePlan> byKey = new HashMap<>();
        plan.plans().forEach(p -> byKey.put(p.key(), p));
        overridden = Set.copyOf(changedByHand);
        StorePlan before = selected.get();
        for (int i = 0; i < rows.size(); i++) {
            StorePlan now = byKey.get(rows.get(i).key());
            if (now != null && now != rows.get(i)) {
                rows.set(i, now);
            }
        }
        result.set(plan);
        if (before != null) {
            selected.set(byKey.getOrDefault(before.key(), before));
        }
        canUndo.set(!undo.isEmpty());
    }

    /** Whether a row's price path was changed by hand. */
    public boolean isOverridden(StorePlan row) {
        return overridden.contains(row.key());
    }

    // ---- table ----

    private void refilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : p -> (p.productId() + " " + p.productName() + " "
                + p.category() + " " + p.storeId() + " " + p.cluster()).toLowerCase(Locale.ROOT).contains(needle));
        shownTotals.set(PlanTotals.of(shown));
    }

    /** The shown rows per group, groups in name order (one unnamed group when not grouping). */
    public Map<String, List<StorePlan>> groups() {
        Map<String, List<StorePlan>> out = new java.util.TreeMap<>();
        for (StorePlan p : shown) {
            out.computeIfAbsent(grouping.get().keyOf(p), k -> new java.util.ArrayList<>()).add(p);
        }
        return out;
    }

    // ---- review ----

    /** Whether the section can send plans for review (the application passed a {@link ReviewSubmission}). */
    public boolean canSubmitForReview() {
        return submission != null;
    }

    /**
     * Saves the plan as shown (changes by hand included) with the rule book it was made under and the data set it was
     * made on, and submits it for review, off the JavaFX thread. A plan that breaks a rule is refused with every
     * breach listed in {@link #submitProblems()}.
     */
    public void submitForReview() {
        PlanResult plan = result.get();
        Path folder = dataFolder.getValue();
        if (submission == null) {
            refused("This window has no review workflow to submit to.", List.of());
            return;
        }
        if (plan == null || folder == null || busy.get()) {
            refused("There is no finished plan to submit yet.", List.of());
            return;
        }
        RuleBook book = plannedUnder;
        submitting.set(true);
        submitRefused.set(false);
        submitProblems.clear();
        submitMessage.set("Submitting the plan for review…");
        this.<ReviewSubmission.Outcome>run("Submitting the markdown plan for review",
                progress -> submission.submit(plan, book, folder), outcome -> {
                    submitting.set(false);
                    if (outcome instanceof ReviewSubmission.Submitted done) {
                        submitRefused.set(false);
                        submitMessage.set(String.format(Locale.ROOT, "Submitted plan %s version %d: it is waiting "
                                + "for review in Approvals & export.", done.planId(), done.version()));
                    } else {
                        ReviewSubmission.Refused no = (ReviewSubmission.Refused) outcome;
                        refused("Not submitted: " + no.reason(), no.problems());
                    }
                }, failure -> {
                    submitting.set(false);
                    refused("Could not submit the plan: " + failure.getMessage(), List.of());
                }, () -> {
                    submitting.set(false);
                    refused("Submitting was cancelled; nothing was sent for review.", List.of());
                });
    }

    private void refused(String message, List<String> problems) {
        submitRefused.set(true);
        submitMessage.set(message);
        submitProblems.setAll(problems);
    }

    /** What the last submission did (null before any). */
    public ReadOnlyStringProperty submitMessageProperty() {
        return submitMessage;
    }

    /** Whether the last submission was refused or failed. */
    public ReadOnlyBooleanProperty submitRefusedProperty() {
        return submitRefused;
    }

    /** The rules the last refused plan breaks, one sentence each. */
    public ObservableList<String> submitProblems() {
        return submitProblemsView;
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting;
    }

    // ---- export ----

    /**
     * Writes the plan's price changes, off the JavaFX thread: an Excel workbook when the file ends in .xlsx, else
     * CSV.
     */
    public void export(Path file) {
        PlanResult plan = result.get();
        if (plan == null) {
            exportMessage.set("There is no plan to export yet.");
            return;
        }
        boolean workbook = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        exportMessage.set("Exporting to " + file.getFileName() + "…");
        this.<Path>run("Exporting price changes", progress -> {
            if (workbook) {
                PriceChangeWorkbook.write(plan, file);
            } else {
                PriceChangeWriter.write(plan.priceChanges(), file);
            }
            return file;
        }, written -> exportMessage.set(String.format(Locale.ROOT, "%,d price changes written to %s",
                plan.priceChanges().size(), written)),
                failure -> exportMessage.set("Could not write " + file + ": " + (failure instanceof
                        java.nio.file.NoSuchFileException ? "its folder does not exist." : failure.getMessage())),
                () -> exportMessage.set("Export cancelled."));
    }

    /** Runs long work through the task executor; exactly one callback follows, on the JavaFX thread. */
    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failed,
                         Runnable cancelled) {
        tasks.execute(BackgroundTask.of(title, work).onSuccess(done).onFailure(failed).onCancelled(cancelled));
    }

    /** The fitted demand of a row's product. */
    public ProductDemand demandOf(StorePlan row) {
        return demandById.get(row.productId());
    }

    public ReadOnlyObjectProperty<PlanResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<RuleBook> rulesProperty() {
        return rules;
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Something worth saying that is not an error (cancelled planning, unreadable saved rules). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty overrideMessageProperty() {
        return overrideMessage;
    }

    public ReadOnlyBooleanProperty overrideRejectedProperty() {
        return overrideRejected;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage;
    }
}
