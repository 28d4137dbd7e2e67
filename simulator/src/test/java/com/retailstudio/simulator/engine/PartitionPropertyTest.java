package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.simulator.model.SimulationSettings;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartitionPropertyTest {
    private static final JourneyPlan PLAN = JourneyPlan.compile(BenchmarkJourney.cartRecovery());
    private static final ResponseModel MODEL = ResponseModelFitter.fit(SampleData.data());
    private static String single;

    private static synchronized String single(ResponseModel model) {
        if (single == null) {
            single = new Simulator(PLAN, SampleData.data(), model, SimulationSettings.defaults(42)).run(1, 1)
                    .fingerprint();
        }
        return single;
    }

    @Property(tries = 12)
    void anyPartitioningMergesToTheSingleRun(@ForAll @IntRange(min = 1, max = 64) int partitions,
            @ForAll @IntRange(min = 1, max = 3) int threads) {
        ResponseModel model = MODEL;
        assertEquals(single(model), new Simulator(PLAN, SampleData.data(), model, SimulationSettings.defaults(42))
                .run(partitions, threads).fingerprint());
    }
}
