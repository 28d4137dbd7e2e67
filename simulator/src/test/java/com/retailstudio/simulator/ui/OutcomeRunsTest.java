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

/** A comparison's run customer by customer gives the ordinary run's results, and each customer's outcome. */
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
    void runningCustomerByCustomerGivesTheOrdinaryRunsResultsAndEachCustomersOutcome() {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        OutcomeRuns.RunWithOutcomes byCustomer = OutcomeRuns.run(cart, data, model, 42, 0, 0,
                ProgressReporter.SILENT, 0, 1);
        SimulationResults ordinary = new Simulator(JourneyPlan.compile(cart), data, model, EngineRuns.untracedSettings(42))
                .run(3, 1);
        SimulationResults results = byCustomer.run().results();
        assertEquals(ordinary.fingerprint(), results.fingerprint());

        long[] byOutcome = new long[CustomerOutcome.values().length];
        for (byte outcome : byCustomer.outcomes()) {
            byOutcome[outcome]++;
        }
        assertEquals(data.size(), byCustomer.outcomes().length);
        assertEquals(results.treatedCustomers(), byOutcome[CustomerOutcome.TREATED.ordinal()]
                + byOutcome[CustomerOutcome.TREATED_CONVERTED.ordinal()]);
        assertEquals(results.treatedConversions(), byOutcome[CustomerOutcome.TREATED_CONVERTED.ordinal()]);
        assertEquals(results.holdoutCustomers(), byOutcome[CustomerOutcome.HOLDOUT.ordinal()]
                + byOutcome[CustomerOutcome.HOLDOUT_CONVERTED.ordinal()]);
        assertEquals(results.holdoutConversions(), byOutcome[CustomerOutcome.HOLDOUT_CONVERTED.ordinal()]);
        assertTrue(results.treatedConversions() > 0 && results.holdoutCustomers() > 0, "a run worth comparing");
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
