package com.retailstudio.simulator.ui;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
 * The Simulation section's state: the journey and seed to run, the active data set's folder, whether a run is under
 * way, and the last run's summary. Runs go through the given runner (off the JavaFX thread in the application, on
 * the calling thread in tests) and publish through {@code fxThread}.
 */
public final class SimulationViewModel {

    /** Seed of a first run, the same as the command line's default. */
    public static final long DEFAULT_SEED = 42;

    private final BiConsumer<String, Runnable> runInBackground;
    private final Executor fxThread;
    private final ObservableList<Journey> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(DEFAULT_SEED));
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
    private final StringProperty dataSetName = new SimpleStringProperty(this, "dataSetName", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<SimulationSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<SimulationFlow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding canRun;
    /** Tells a finished run whether its inputs are still the current ones, so a stale run never publishes. */
    private final AtomicLong generation = new AtomicLong();

    public SimulationViewModel(BiConsumer<String, Runnable> runInBackground, Executor fxThread) {
        this.runInBackground = runInBackground;
        this.fxThread = fxThread;
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).ifPresent(journeys::add));
        journey.set(journeys.isEmpty() ? null : journeys.get(0));
        canRun = Bindings.createBooleanBinding(
                () -> journey.get() != null && dataFolder.get() != null && !busy.get() && parsedSeed().isPresent(),
                journey, dataFolder, busy, seed);
        dataFolder.addListener((o, before, now) -> forgetResults());
        journey.addListener((o, before, now) -> forgetResults());
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

    /** Runs the chosen journey on the data folder with the seed; does nothing unless {@link #canRunProperty()}. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Journey chosen = journey.get();
        Path folder = dataFolder.get();
        long chosenSeed = parsedSeed().orElseThrow();
        long ticket = generation.incrementAndGet();
        busy.set(true);
        message.set("Simulating “" + chosen.name() + "”…");
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        runInBackground.accept("Simulating " + chosen.name(), () -> {
            try {
                SimulationRun run = SimulationRun.execute(chosen, folder,
                        SimulationSettings.defaults(chosenSeed).withTrace(java.util.Set.of(), 0), threads, threads);
                SimulationSummary done = SimulationSummary.of(chosen, chosenSeed, run);
                SimulationFlow doneFlow = SimulationFlow.of(chosen, run.results());
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        flow.set(doneFlow);
                        summary.set(done);
                        message.set(String.format("%,d customers simulated in %.1f s (seed %d)", done.customers(),
                                done.totalMillis() / 1000.0, chosenSeed));
                    }
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        flow.set(null);
                        summary.set(null);
                        message.set("The simulation failed: " + e.getMessage());
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
        message.set("");
    }

    /** The seed field as a number, if it is one. */
    public Optional<Long> parsedSeed() {
        try {
            return Optional.of(Long.parseLong(seed.get().strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public ObservableList<Journey> journeys() {
        return journeys;
    }

    /** The template names in picker order. */
    public List<String> journeyNames() {
        return journeys.stream().map(Journey::name).toList();
    }

    public ObjectProperty<Journey> journeyProperty() {
        return journey;
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

    /** One line on the last run: under way, done in how long, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }
}
