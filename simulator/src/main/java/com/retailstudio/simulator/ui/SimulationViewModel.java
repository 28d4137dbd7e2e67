package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The Simulation section's state: the journey (template or saved version, {@link JourneyChoices}) and seed to run,
 * the active data set's folder, the engine (the desktop's or Spark's), whether a run is under way
 * ({@link TaskUnderWay}), the last run's summary, its customer trace search, a comparison of two journeys
 * ({@link ComparisonModel}) and several journeys run together ({@link PortfolioRunModel}). Runs go through the given
 * task executor (off the JavaFX thread in the application, on the calling thread in tests) and publish in the task's
 * callbacks, on the JavaFX thread.
 */
public final class SimulationViewModel {

    /** Seed of a first run, the same as the command line's default. */
    public static final long DEFAULT_SEED = 42;

    private final TaskExecutor tasks;
    private final EngineChoice engines;
    private final TaskUnderWay work = new TaskUnderWay();
    private final JourneyChoices choices;
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(DEFAULT_SEED));
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
    private final StringProperty dataSetName = new SimpleStringProperty(this, "dataSetName", "");
    private final ReadOnlyObjectWrapper<SimulationSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<SimulationFlow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());
    private final CustomerTraceViewModel traces = new CustomerTraceViewModel();
    private final ComparisonModel comparison;
    private final PortfolioRunModel portfolio;
    /** The journey of the current choice, so a choice of the same journey keeps the results. */
    private Journey chosenJourney;
    private volatile SimulationData reads = SimulationData.CSV_FILES;
    private final BooleanBinding canRun;
    /** Tells a finished run whether its inputs are still the current ones, so a stale run never publishes. */
    private final AtomicLong generation = new AtomicLong();

    /** Runs through the task executor, offering only the templates. */
    public SimulationViewModel(TaskExecutor tasks) {
        this(tasks, List::of);
    }

    /**
     * @param savedJourneys the journey versions saved in the workspace, asked again on {@link #refreshJourneys()}
     */
    public SimulationViewModel(TaskExecutor tasks, Supplier<List<JourneyChoice>> savedJourneys) {
        this(tasks, savedJourneys, EngineChoice.ofInstallation());
    }

    /** As above, running on the engine {@code engines} says: the desktop's, or Spark's in a process of its own. */
    public SimulationViewModel(TaskExecutor tasks, Supplier<List<JourneyChoice>> savedJourneys,
            EngineChoice engines) {
        this.tasks = tasks;
        this.engines = engines;
        this.choices = new JourneyChoices(savedJourneys);
        ObjectProperty<JourneyChoice> journey = choices.journeyProperty();
        canRun = Bindings.createBooleanBinding(() -> journey.get() != null && journey.get().journey() != null
                        && dataFolder.get() != null && !work.busyProperty().get() && parsedSeed().isPresent()
                        && engines.readyProperty().get(),
                journey, dataFolder, work.busyProperty(), seed, engines.readyProperty());
        comparison = new ComparisonModel(tasks, work, choices, dataFolder, () -> reads, this::parsedSeed, canRun);
        portfolio = new PortfolioRunModel(tasks, work, choices.journeys(), dataFolder, () -> reads, this::parsedSeed,
                seed);
        dataFolder.addListener((o, before, now) -> {
            forgetResults();
            comparison.forget();
            portfolio.forget();
        });
        seed.addListener((o, before, now) -> portfolio.forget());
        journey.addListener((o, before, now) -> {
            // The list read again when the section is shown passes through no choice, and a saved version whose
            // review state moved is still the same journey: only another journey makes the results stale.
            if (now == null) {
                return;
            }
            if (!Objects.equals(chosenJourney, now.journey())) {
                forgetResults();
                comparison.forget();
            }
            chosenJourney = now.journey();
        });
    }

    /**
     * Lists the templates and the workspace's saved versions again, keeping the chosen ones where they remain; and
     * the portfolio rules.
     */
    public void refreshJourneys() {
        choices.refresh();
        portfolio.refreshRules();
    }

    /** Runs read the data set folder through {@code reads} from now on (by default its CSV files). */
    public void readWith(SimulationData reads) {
        this.reads = reads;
    }

    /** Follows the application's active data set: runs use its folder; changing it clears the last results. */
    public <T> void follow(ObservableValue<T> activeDataSet, Function<T, Path> folderOf) {
        follow(activeDataSet, folderOf, active -> String.valueOf(folderOf.apply(active).getFileName()));
    }

    /** As {@link #follow(ObservableValue, Function)}, with the name the user knows the data set by. */
    public <T> void follow(ObservableValue<T> activeDataSet, Function<T, Path> folderOf, Function<T, String> nameOf) {
        activeDataSet.addListener((o, before, now) -> use(now, folderOf, nameOf));
        use(activeDataSet.getValue(), folderOf, nameOf);
    }

    private <T> void use(T active, Function<T, Path> folderOf, Function<T, String> nameOf) {
        dataSetName.set(active == null ? "" : nameOf.apply(active));
        dataFolder.set(active == null ? null : folderOf.apply(active));
    }

    /** What a finished run publishes, made off the JavaFX thread. */
    private record RunOutcome(SimulationSummary summary, SimulationFlow flow, TraceSearch search) {
    }

    /**
     * Runs the chosen journey on the data folder with the seed, on the chosen engine; does nothing unless
     * {@link #canRunProperty()}.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Journey chosen = choices.journeyProperty().get().journey();
        Path folder = dataFolder.get();
        long chosenSeed = parsedSeed().orElseThrow();
        Optional<EngineChoice.SparkTarget> spark = engines.sparkTarget();
        String where = spark.map(s -> " on Spark (" + s.master() + ")").orElse("");
        long ticket = generation.incrementAndGet();
        work.started();
        feedback.set(Feedback.info("Simulating “" + chosen.name() + "”" + where + "…"));
        work.track(tasks.execute(BackgroundTask.of("Simulating " + chosen.name(), progress -> {
            long t0 = System.nanoTime();
            SimulationRun run = spark.isPresent()
                    ? EngineRuns.spark(spark.get(), chosen, reads.sparkSource(folder), chosenSeed, progress)
                    : EngineRuns.desktop(chosen, EngineRuns.load(folder, reads, progress), chosenSeed,
                            (System.nanoTime() - t0) / 1_000_000, progress, 0, 1);
            return new RunOutcome(SimulationSummary.of(chosen, chosenSeed, run, DataSetCurrency.of(folder)),
                    SimulationFlow.of(chosen, run.results()), TraceSearch.of(run));
        }).onSuccess(done -> {
            if (ticket == generation.get()) {
                flow.set(done.flow());
                summary.set(done.summary());
                traces.use(done.search());
                feedback.set(Feedback.info(String.format("%,d customers simulated%s in %.1f s (seed %d)",
                        done.summary().customers(), where, done.summary().totalMillis() / 1000.0, chosenSeed)));
            }
            work.finished();
        }).onCancelled(() -> {
            if (ticket == generation.get()) {
                feedback.set(cancelled("simulation"));
            }
            work.finished();
        }).onFailure(error -> {
            if (ticket == generation.get()) {
                flow.set(null);
                summary.set(null);
                traces.use(null);
                feedback.set(failed("simulation", error));
            }
            work.finished();
        })));
    }

    /** "The simulation was cancelled.": worth reading, nothing broke. */
    static Feedback cancelled(String what) {
        return Feedback.warning("The " + what + " was cancelled.");
    }

    /** Why a run or comparison failed; a task that failed by being cancelled says so. */
    static Feedback failed(String what, Throwable error) {
        return error instanceof CancellationException ? cancelled(what)
                : Feedback.danger("The " + what + " failed: " + error.getMessage());
    }

    /**
     * Runs the chosen journey (A) and {@link #compareWithProperty()} (B) on the same data set and seed, one after the
     * other, on the desktop engine, and publishes both side by side; does nothing unless {@link #canCompareProperty()}.
     */
    public void compare() {
        comparison.compare();
    }

    /** Cancels the run or comparison under way: a Spark run's process is stopped and leaves nothing behind. */
    public void cancel() {
        work.cancel();
    }

    private void forgetResults() {
        generation.incrementAndGet();
        flow.set(null);
        summary.set(null);
        traces.use(null);
        feedback.set(Feedback.none());
    }

    /** The seed field as a number, if it is one. */
    public Optional<Long> parsedSeed() {
        try {
            return Optional.of(Long.parseLong(seed.get().strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Templates first, then the workspace's saved versions. */
    public ObservableList<JourneyChoice> journeys() {
        return choices.journeys();
    }

    public ObjectProperty<JourneyChoice> journeyProperty() {
        return choices.journeyProperty();
    }

    /** The journey compared with the chosen one (B; the chosen one is A). */
    public ObjectProperty<JourneyChoice> compareWithProperty() {
        return choices.compareWithProperty();
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }

    /** The active data set's name, empty when none is active. */
    public StringProperty dataSetNameProperty() {
        return dataSetName;
    }

    public BooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** The run or comparison under way (its progress, message and cancel), null when none is. */
    public ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return work.runningProperty();
    }

    /** The engine runs use: the desktop's or Spark's, and Spark's master. */
    public EngineChoice engines() {
        return engines;
    }

    public ReadOnlyObjectProperty<SimulationSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last run's flow for the journey canvas: entries per step and customers per connection. */
    public ReadOnlyObjectProperty<SimulationFlow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    /** The customer trace search over the last run. */
    public CustomerTraceViewModel traces() {
        return traces;
    }

    /** The portfolio run: several journeys together under shared rules. */
    public PortfolioRunModel portfolio() {
        return portfolio;
    }

    public ReadOnlyObjectProperty<SimulationComparison> comparisonProperty() {
        return comparison.comparisonProperty();
    }

    /** What the last comparison came to: under way, done, cancelled or why it failed. */
    public ReadOnlyObjectProperty<Feedback> compareFeedbackProperty() {
        return comparison.feedbackProperty();
    }

    /** What the last run came to: under way, done in how long, cancelled or why it failed. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canCompareProperty() {
        return comparison.canCompareProperty();
    }
}
