package com.retailstudio.app.export;

import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.Uplift;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the simulator predicts for a journey, for the bundle's README. The bundle's exporter asks it at export time,
 * on the workspace's active data set — the one whose fingerprint the manifest records — so the prediction and the
 * provenance always name the same data (docs/approvals.md says why not at approval time).
 */
@FunctionalInterface
public interface JourneyForecast {

    /** The prediction, or empty when there is no data set to simulate on. */
    Optional<Prediction> predict(Journey journey);

    /** No prediction (a workspace without data). */
    JourneyForecast NONE = journey -> Optional.empty();

    /** The seed the export's simulations use, so the same journey and data give the same README. */
    long SEED = 42;

    /**
     * The journey's outcome among the customers who entered it, with the uplift over the holdout and its 95 % interval.
     *
     * @param dataSet  the name of the data set simulated
     * @param currency the currency the data set's revenue is in
     */
    record Prediction(String dataSet, long customers, Uplift uplift, long messagesSent, DataSetCurrency currency) {
    }

    /** Simulates on the workspace's active data set with the default settings and {@link #SEED}. */
    static JourneyForecast onActiveDataSet(Workspace workspace) {
        return journey -> workspace.dataSets().active()
                .filter(active -> Files.isDirectory(Path.of(active.sourcePath())))
                .flatMap(active -> onDataSet(active.name(), Path.of(active.sourcePath())).predict(journey));
    }

    /** Simulates on a folder of data-set files with the default settings and {@link #SEED}. */
    static JourneyForecast onDataSet(String name, Path folder) {
        return journey -> {
            SimulationRun run = SimulationRun.execute(journey, folder, SimulationSettings.defaults(SEED), 1,
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
            SimulationResults results = run.results();
            long sent = 0;
            for (int action = 0; action < results.actionKeys().size(); action++) {
                sent += results.sent(action);
            }
            return Optional.of(new Prediction(name, run.customers(), results.uplift(), sent,
                    DataSetCurrency.of(folder)));
        };
    }
}
