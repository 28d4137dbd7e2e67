package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The Simulation section's comparison: the chosen journey (A) and the one to compare with (B) run one after the other
 * on the same data set, response model and seed, on the desktop engine in blocks of customers ({@link OutcomeRuns}),
 * so the difference comes with an interval paired over the customers ({@link PairedOutcomes}); published side by side in
 * the task's callbacks.
 */
final class ComparisonModel {

    private final TaskExecutor tasks;
    private final TaskUnderWay work;
    private final JourneyChoices choices;
    private final ObservableValue<Path> dataFolder;
    private final Supplier<SimulationData> reads;
    private final Supplier<Optional<Long>> seed;
    private final ReadOnlyObjectWrapper<SimulationComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(this, "feedback", Feedback.none());
    private final BooleanBinding canCompare;
    /** Tells a finished comparison whether its inputs are still the current ones, so a stale one never publishes. */
    private final AtomicLong generation = new AtomicLong();

    /** @param canRun whether a run could start now (data set, journey, seed, engine, nothing under way) */
    ComparisonModel(TaskExecutor tasks, TaskUnderWay work, JourneyChoices choices, ObservableValue<Path> dataFolder,
            Supplier<SimulationData> reads, Supplier<Optional<Long>> seed, ObservableBooleanValue canRun) {
        this.reads = reads;
        this.tasks = tasks;
        this.work = work;
        this.choices = choices;
        this.dataFolder = dataFolder;
        this.seed = seed;
        ObjectProperty<JourneyChoice> b = choices.compareWithProperty();
        canCompare = Bindings.createBooleanBinding(() -> canRun.get() && b.get() != null && b.get().journey() != null,
                canRun, b);
        b.addListener((o, before, now) -> forget());
    }

    /** Runs A and B and publishes both side by side; does nothing unless {@link #canCompareProperty()}. */
    void compare() {
        if (!canCompare.get()) {
            return;
        }
        JourneyChoice aChoice = choices.journeyProperty().get();
        JourneyChoice bChoice = choices.compareWithProperty().get();
        Journey a = aChoice.journey();
        Journey b = bChoice.journey();
        String aLabel = aChoice.label();
        String bLabel = bChoice.label();
        Path folder = dataFolder.getValue();
        SimulationData readsNow = reads.get();
        long chosenSeed = seed.get().orElseThrow();
        long ticket = generation.incrementAndGet();
        work.started();
        feedback.set(Feedback.info("Comparing “" + aLabel + "” with “" + bLabel + "”…"));
        work.track(tasks.execute(BackgroundTask.of("Comparing " + aLabel + " with " + bLabel, progress -> {
            long t0 = System.nanoTime();
            CustomerData data = EngineRuns.load(folder, readsNow, progress);
            long t1 = System.nanoTime();
            progress.update(-1, "Fitting the response model…");
            ResponseModel model = ResponseModelFitter.fit(data, EngineRuns.threads());
            long t2 = System.nanoTime();
            DataSetCurrency currency = DataSetCurrency.of(folder);
            OutcomeRuns.RunWithOutcomes first = OutcomeRuns.run(a, data, model, chosenSeed, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, progress, 0, 0.5);
            OutcomeRuns.RunWithOutcomes second = OutcomeRuns.run(b, data, model, chosenSeed, 0, 0, progress, 0.5, 1);
            return new SimulationComparison(aLabel, SimulationSummary.of(a, chosenSeed, first.run(), currency), bLabel,
                    SimulationSummary.of(b, chosenSeed, second.run(), currency),
                    PairedOutcomes.ofBlocks(data.size(), first.blockSize(), first.blocks(), second.blocks()));
        }).onSuccess(done -> {
            if (ticket == generation.get()) {
                comparison.set(done);
                feedback.set(Feedback.info(String.format(Locale.ROOT, "Both run on %,d customers with seed %d.",
                        done.a().customers(), chosenSeed)));
            }
            work.finished();
        }).onCancelled(() -> {
            if (ticket == generation.get()) {
                feedback.set(SimulationViewModel.cancelled("comparison"));
            }
            work.finished();
        }).onFailure(error -> {
            if (ticket == generation.get()) {
                comparison.set(null);
                feedback.set(SimulationViewModel.failed("comparison", error));
            }
            work.finished();
        })));
    }

    /** Drops the last comparison: its inputs changed. */
    void forget() {
        generation.incrementAndGet();
        comparison.set(null);
        feedback.set(Feedback.none());
    }

    ReadOnlyObjectProperty<SimulationComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    BooleanBinding canCompareProperty() {
        return canCompare;
    }
}
