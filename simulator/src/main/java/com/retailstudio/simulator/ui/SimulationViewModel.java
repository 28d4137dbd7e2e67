package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Simulation section's state: the journey (template or saved version) and seed to run, the active data set's
 * folder, the engine (the desktop's or Spark's), whether a run is under way, the last run's summary, its customer
 * trace search, and a comparison of two journeys. Runs go through the given task executor (off the JavaFX thread in the
 * application, on the calling thread in tests) and publish in the task's callbacks, on the JavaFX thread.
 */
public final class SimulationViewModel {

    /** Seed of a first run, the same as the command line's default. */
    public static final long DEFAULT_SEED = 42;

    private final TaskExecutor tasks;
    private final EngineChoice engines;
    /** The run or comparison under way, for its progress and cancel; null when none is. */
    private final ObjectProperty<RunningTask> running = new SimpleObjectProperty<>(this, "running");
    private final Supplier<List<JourneyChoice>> savedJourneys;
    private final ObservableList<JourneyChoice> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<JourneyChoice> journey = new SimpleObjectProperty<>(this, "journey");
    private final ObjectProperty<JourneyChoice> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(DEFAULT_SEED));
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
    private final StringProperty dataSetName = new SimpleStringProperty(this, "dataSetName", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<SimulationSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<SimulationFlow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
    private final ReadOnlyObjectWrapper<SimulationComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty compareMessage = new SimpleStringProperty(this, "compareMessage", "");
    private final CustomerTraceViewModel traces = new CustomerTraceViewModel();
    /** The journey of the current choice, so a choice of the same journey keeps the results. */
    private Journey chosenJourney;
    private final BooleanBinding canRun;
    private final BooleanBinding canCompare;
    /** Tells a finished run whether its inputs are still the current ones, so a stale run never publishes. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong compareGeneration = new AtomicLong();

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
        this.savedJourneys = savedJourneys;
        this.engines = engines;
        refreshJourneys();
        canRun = Bindings.createBooleanBinding(() -> journey.get() != null && journey.get().journey() != null
                        && dataFolder.get() != null && !busy.get() && parsedSeed().isPresent()
                        && engines.readyProperty().get(),
                journey, dataFolder, busy, seed, engines.readyProperty());
        canCompare = Bindings.createBooleanBinding(() -> canRun.get() && compareWith.get() != null
                && compareWith.get().journey() != null, canRun, compareWith);
        dataFolder.addListener((o, before, now) -> {
            forgetResults();
            forgetComparison();
        });
        journey.addListener((o, before, now) -> {
            // The list read again when the section is shown passes through no choice, and a saved version whose
            // review state moved is still the same journey: only another journey makes the results stale.
            if (now == null) {
                return;
            }
            if (!Objects.equals(chosenJourney, now.journey())) {
                forgetResults();
                forgetComparison();
            }
            chosenJourney = now.journey();
        });
        compareWith.addListener((o, before, now) -> forgetComparison());
    }

    /** Lists the templates and the workspace's saved versions again, keeping the chosen ones where they remain. */
    public void refreshJourneys() {
        List<JourneyChoice> all = new ArrayList<>();
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).map(JourneyChoice::template)
                .ifPresent(all::add));
        all.addAll(savedJourneys.get());
        JourneyChoice chosen = journey.get();
        JourneyChoice other = compareWith.get();
        journeys.setAll(all);
        journey.set(sameIn(all, chosen).orElse(all.isEmpty() ? null : all.get(0)));
        compareWith.set(sameIn(all, other).orElse(all.size() > 1 ? all.get(1) : null));
    }

    /** The choice in the list read again that is the same version, with its review state as it is now. */
    private static Optional<JourneyChoice> sameIn(List<JourneyChoice> all, JourneyChoice chosen) {
        return chosen == null ? Optional.empty() : all.stream().filter(choice -> choice.label()
                .equals(chosen.label()) && Objects.equals(choice.journey(), chosen.journey())).findFirst();
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
        Journey chosen = journey.get().journey();
        Path folder = dataFolder.get();
        long chosenSeed = parsedSeed().orElseThrow();
        Optional<EngineChoice.SparkTarget> spark = engines.sparkTarget();
        long ticket = generation.incrementAndGet();
        busy.set(true);
        message.set("Simulating “" + chosen.name() + "”" + spark.map(s -> " on Spark (" + s.master() + ")")
                .orElse("") + "…");
        track(tasks.execute(BackgroundTask.of("Simulating " + chosen.name(), progress -> {
            long t0 = System.nanoTime();
            SimulationRun run = spark.isPresent() ? EngineRuns.spark(spark.get(), chosen, folder, chosenSeed, progress)
                    : EngineRuns.desktop(chosen, EngineRuns.load(folder, progress), chosenSeed,
                            (System.nanoTime() - t0) / 1_000_000, progress, 0, 1);
            return new RunOutcome(SimulationSummary.of(chosen, chosenSeed, run, DataSetCurrency.of(folder)),
                    SimulationFlow.of(chosen, run.results()), TraceSearch.of(run));
        }).onSuccess(done -> {
            if (ticket == generation.get()) {
                flow.set(done.flow());
                summary.set(done.summary());
                traces.use(done.search());
                message.set(String.format("%,d customers simulated%s in %.1f s (seed %d)", done.summary().customers(),
                        spark.map(s -> " on Spark (" + s.master() + ")").orElse(""),
                        done.summary().totalMillis() / 1000.0, chosenSeed));
            }
            finished();
        }).onCancelled(() -> {
            if (ticket == generation.get()) {
                message.set("The simulation was cancelled.");
            }
            finished();
        }).onFailure(error -> {
            if (ticket == generation.get()) {
                flow.set(null);
                summary.set(null);
                traces.use(null);
                message.set(error instanceof CancellationException ? "The simulation was cancelled."
                        : "The simulation failed: " + error.getMessage());
            }
            finished();
        })));
    }

    /**
     * Runs the chosen journey (A) and {@link #compareWithProperty()} (B) on the same data set and seed, one after the
     * other, on the desktop engine, and publishes both side by side; does nothing unless {@link #canCompareProperty()}.
     */
    public void compare() {
        if (!canCompare.get()) {
            return;
        }
        Journey a = journey.get().journey();
        Journey b = compareWith.get().journey();
        String aLabel = journey.get().label();
        String bLabel = compareWith.get().label();
        Path folder = dataFolder.get();
        long chosenSeed = parsedSeed().orElseThrow();
        long ticket = compareGeneration.incrementAndGet();
        busy.set(true);
        compareMessage.set("Comparing “" + aLabel + "” with “" + bLabel + "”…");
        track(tasks.execute(BackgroundTask.of("Comparing " + aLabel + " with " + bLabel, progress -> {
            long t0 = System.nanoTime();
            CustomerData data = EngineRuns.load(folder, progress);
            long loaded = (System.nanoTime() - t0) / 1_000_000;
            DataSetCurrency currency = DataSetCurrency.of(folder);
            SimulationSummary first = SimulationSummary.of(a, chosenSeed,
                    EngineRuns.desktop(a, data, chosenSeed, loaded, progress, 0, 0.5), currency);
            SimulationSummary second = SimulationSummary.of(b, chosenSeed,
                    EngineRuns.desktop(b, data, chosenSeed, 0, progress, 0.5, 1), currency);
            return new SimulationComparison(aLabel, first, bLabel, second);
        }).onSuccess(done -> {
            if (ticket == compareGeneration.get()) {
                comparison.set(done);
                compareMessage.set(String.format(Locale.ROOT, "Both run on %,d customers with seed %d.",
                        done.a().customers(), chosenSeed));
            }
            finished();
        }).onCancelled(() -> {
            if (ticket == compareGeneration.get()) {
                compareMessage.set("The comparison was cancelled.");
            }
            finished();
        }).onFailure(error -> {
            if (ticket == compareGeneration.get()) {
                comparison.set(null);
                compareMessage.set(error instanceof CancellationException ? "The comparison was cancelled."
                        : "The comparison failed: " + error.getMessage());
            }
            finished();
        })));
    }

    /** Keeps a task still running for {@link #cancel()}; one that finished at once (tests) is not kept. */
    private void track(RunningTask task) {
        if (!task.isDone()) {
            running.set(task);
        }
    }

    private void finished() {
        running.set(null);
        busy.set(false);
    }

    /** Cancels the run or comparison under way: a Spark run's process is stopped and leaves nothing behind. */
    public void cancel() {
        RunningTask task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    private void forgetResults() {
        generation.incrementAndGet();
        flow.set(null);
        summary.set(null);
        traces.use(null);
        message.set("");
    }

    private void forgetComparison() {
        compareGeneration.incrementAndGet();
        comparison.set(null);
        compareMessage.set("");
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
        return journeys;
    }

    public ObjectProperty<JourneyChoice> journeyProperty() {
        return journey;
    }

    /** The journey compared with the chosen one (B; the chosen one is A). */
    public ObjectProperty<JourneyChoice> compareWithProperty() {
        return compareWith;
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
        return busy;
    }

    /** The run or comparison under way (its progress, message and cancel), null when none is. */
    public ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return running;
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

    public ReadOnlyObjectProperty<SimulationComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** One line on the last comparison: under way, done, cancelled or why it failed. */
    public StringProperty compareMessageProperty() {
        return compareMessage;
    }

    /** One line on the last run: under way, done in how long, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canCompareProperty() {
        return canCompare;
    }
}
