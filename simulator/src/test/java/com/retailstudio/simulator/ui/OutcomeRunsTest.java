package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import com.retailstudio.simulator.engine.Simulator;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.ui.task.ProgressReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A comparison's run block by block gives the ordinary run's results, and each block's counts. */
class OutcomeRunsTest {
    static CustomerData data;
    static ResponseModel model;

    @BeforeAll
    static void load() throws IOException {
        Path sample = Files.createTempDirectory("outcome-runs");
        BundledSample.extractTo(sample);
        data = SimulationData.CSV_FILES.customers(sample);
        model = ResponseModelFitter.fit(data);
    }

    @Test
    void runningInBlocksGivesTheOrdinaryRunsResultsAndEachBlocksCounts() {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        OutcomeRuns.RunWithOutcomes byCustomer = OutcomeRuns.run(cart, data, model, 42, 0, 0,
                ProgressReporter.SILENT, 0, 1);
        SimulationResults ordinary = new Simulator(JourneyPlan.compile(cart), data, model, EngineRuns.untracedSettings(42))
                .run(3, 1);
        SimulationResults results = byCustomer.run().results();
        assertEquals(ordinary.fingerprint(), results.fingerprint());

        // The sample's 3,000 customers are paired one by one; every customer's counts are those of the run.
        assertEquals(1, byCustomer.blockSize());
        PairedOutcomes same = PairedOutcomes.ofBlocks(data.size(), 1, byCustomer.blocks(), byCustomer.blocks());
        assertEquals(data.size(), same.blocks());
        assertEquals(0, same.conversionDifference().high(), 1e-15, "a run against itself differs by nothing");
        long[] counts = byCustomer.blocks().counts();
        long treated = 0;
        long holdoutConverted = 0;
        for (int block = 0; block < data.size(); block++) {
            treated += counts[block * 4];
            holdoutConverted += counts[block * 4 + 3];
            assertTrue(counts[block * 4] + counts[block * 4 + 2] <= 1, "a customer is treated or held out, once");
        }
        assertEquals(results.treatedCustomers(), treated);
        assertEquals(results.holdoutConversions(), holdoutConverted);
        assertTrue(results.treatedConversions() > 0 && results.holdoutCustomers() > 0, "a run worth comparing");
    }

    @Test
    void customersArePairedOneByOneUpTo4096AndInBlocksBeyond() {
        assertEquals(1, OutcomeRuns.blockSize(3_000));
        assertEquals(1, OutcomeRuns.blockSize(4_096));
        assertEquals(2, OutcomeRuns.blockSize(4_097));
        assertEquals(245, OutcomeRuns.blockSize(1_000_000));
    }

    @Test
    void aCancelledRunStops() {
        Journey welcome = JourneyTemplates.load("welcome-series").orElseThrow();
        ProgressReporter cancelled = new ProgressReporter() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> OutcomeRuns.run(welcome, data, model, 42, 0, 0, cancelled,
                0, 1));
    }
}
