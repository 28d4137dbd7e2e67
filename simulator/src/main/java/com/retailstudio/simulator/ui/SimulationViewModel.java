package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.RunProgress;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.ProgressReporter;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
 * folder, whether a run is under way, the last run's summary, its customer trace search, and a comparison of two
 * journeys. Runs go through the given task executor (off the JavaFX thread in the application, on the calling thread in
 * tests) and publish through {@code fxThread}.
 */
public final class SimulationViewModel {

    /** Seed of a first run, the same as the command line's default. */
    public static final long DEFAULT_SEED = 42;
    /** Example traces kept per combination of reasons, for the trace search. */
    static final int EXAMPLES_PER_COMBINATION = 3;

    private final TaskExecutor tasks;
    private final Executor fxThread;
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
    public SimulationViewModel(TaskExecutor tasks, Executor fxThread) {
        this(tasks, fxThread, List::of);
    }

    /**
     * @param savedJourneys the journey versions saved in the workspace, asked again on {@link #refreshJourneys()}
     */
    public SimulationViewModel(TaskExecutor tasks, Executor fxThread,
            Supplier<List<JourneyChoice>> savedJourneys) {
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.savedJourneys = savedJourneys;
        refreshJourneys();
        canRun = Bindings.createBooleanBinding(() -> journey.get() != null && journey.get().journey() != null
                        && dataFolder.get() != null && !busy.get() && parsedSeed().isPresent(),
                journey, dataFolder, busy, seed);
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
            if (!java.util.Objects.equals(chosenJourney, now.journey())) {
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
    private static java.util.Optional<JourneyChoice> sameIn(List<JourneyChoice> all, JourneyChoice chosen) {
        return chosen == null ? java.util.Optional.empty() : all.stream().filter(choice -> choice.label()
                .equals(chosen.label()) && java.util.Objects.equals(choice.journey(), chosen.journey())).findFirst();
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

    private static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static SimulationSettings settings(long seed) {
        return SimulationSettings.defaults(seed).withTrace(Set.of(), 0).withReasonTraces(EXAMPLES_PER_COMBINATION);
    }

    /** Runs a piece of long work under a title; the work publishes its own results through {@code fxThread}. */
    private void start(String title, Consumer<ProgressReporter> work) {
        tasks.execute(BackgroundTask.of(title, progress -> {
            work.accept(progress);
            return Boolean.TRUE;
        }));
    }

    /** Loads the data set, saying so, and stops if the user cancelled meanwhile. */
    private static CustomerData load(Path folder, ProgressReporter progress) {
        progress.update(-1, "Loading the data set…");
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        return data;
    }

    private static SimulationRun simulate(Journey journey, CustomerData data, long seed, long loadMillis,
            ProgressReporter progress, double from, double to) {
        progress.update(from, "Simulating “" + journey.name() + "”…");
        int threads = threads();
        return SimulationRun.execute(journey, data, settings(seed), threads * 4, threads, loadMillis,
                new RunProgress() {
                    private long shown;

                    @Override
                    public synchronized void customersDone(long done, long total) {
                        // Partitions report from their own threads; the figure shown never goes back.
                        if (done <= shown) {
                            return;
                        }
                        shown = done;
                        progress.update(from + (to - from) * done / Math.max(1, total), String.format(Locale.ROOT,
                                "Simulating “%s”: %,d of %,d customers", journey.name(), done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.isCancelled();
                    }
                });
    }

    /** Runs the chosen journey on the data folder with the seed; does nothing unless {@link #canRunProperty()}. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Journey chosen = journey.get().journey();
        Path folder = dataFolder.get();
        long chosenSeed = parsedSeed().orElseThrow();
        long ticket = generation.incrementAndGet();
        busy.set(true);
        message.set("Simulating “" + chosen.name() + "”…");
        start("Simulating " + chosen.name(), progress -> {
            try {
                long t0 = System.nanoTime();
                CustomerData data = load(folder, progress);
                SimulationRun run = simulate(chosen, data, chosenSeed, (System.nanoTime() - t0) / 1_000_000,
                        progress, 0, 1);
                SimulationSummary done = SimulationSummary.of(chosen, chosenSeed, run, DataSetCurrency.of(folder));
                SimulationFlow doneFlow = SimulationFlow.of(chosen, run.results());
                TraceSearch search = new TraceSearch(run.results().reasonTraces(), run.simulator()::trace);
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        flow.set(doneFlow);
                        summary.set(done);
                        traces.use(search);
                        message.set(String.format("%,d customers simulated in %.1f s (seed %d)", done.customers(),
                                done.totalMillis() / 1000.0, chosenSeed));
                    }
                    busy.set(false);
                });
            } catch (CancellationException e) {
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        message.set("The simulation was cancelled.");
                    }
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        flow.set(null);
                        summary.set(null);
                        traces.use(null);
                        message.set("The simulation failed: " + e.getMessage());
                    }
                    busy.set(false);
                });
            }
        });
    }

    /**
     * Runs the chosen journey (A) and {@link #compareWithProperty()} (B) on the same data set and seed, one after the
     * other, and publishes both side by side; does nothing unless {@link #canCompareProperty()}.
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
        start("Comparing " + aLabel + " with " + bLabel, progress -> {
            try {
                long t0 = System.nanoTime();
                CustomerData data = load(folder, progress);
                long loaded = (System.nanoTime() - t0) / 1_000_000;
                DataSetCurrency currency = DataSetCurrency.of(folder);
                SimulationSummary first = SimulationSummary.of(a, chosenSeed,
                        simulate(a, data, chosenSeed, loaded, progress, 0, 0.5), currency);
                SimulationSummary second = SimulationSummary.of(b, chosenSeed,
                        simulate(b, data, chosenSeed, 0, progress, 0.5, 1), currency);
                SimulationComparison done = new SimulationComparison(aLabel, first, bLabel, second);
                fxThread.execute(() -> {
                    if (ticket == compareGeneration.get()) {
                        comparison.set(done);
                        compareMessage.set(String.format(Locale.ROOT, "Both run on %,d customers with seed %d.",
                                first.customers(), chosenSeed));
                    }
                    busy.set(false);
                });
            } catch (CancellationException e) {
                fxThread.execute(() -> {
                    if (ticket == compareGeneration.get()) {
                        compareMessage.set("The comparison was cancelled.");
                    }
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    if (ticket == compareGeneration.get()) {
                        comparison.set(null);
                        compareMessage.set("The comparison failed: " + e.getMessage());
                    }
                    busy.set(false);
                });
            }
        });
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

    /** The names in picker order. */
    public List<String> journeyNames() {
        return journeys.stream().map(JourneyChoice::label).toList();
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
