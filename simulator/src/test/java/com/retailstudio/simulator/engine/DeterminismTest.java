package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final JourneyPlan PLAN = JourneyPlan.compile(BenchmarkJourney.cartRecovery());

    private static SimulationResults run(long seed, int partitions, int threads) {
        CustomerData data = SampleData.data();
        return new Simulator(PLAN, data, ResponseModelFitter.fit(data), SimulationSettings.defaults(seed))
                .run(partitions, threads);
    }

    @Test
    void aPartitionedRunEqualsASingleRunExactly() {
        SimulationResults single = run(42, 1, 1);
        SimulationResults partitioned = run(42, 7, 2);
        assertTrue(single.treatedCustomers() > 100, "the journey reaches customers on the sample");
        assertEquals(single.fingerprint(), partitioned.fingerprint());
    }

    @Test
    void theSameSeedGivesIdenticalResultsAndAnotherSeedDoesNot() {
        assertEquals(run(42, 3, 2).fingerprint(), run(42, 3, 2).fingerprint());
        assertNotEquals(run(42, 1, 1).fingerprint(), run(43, 1, 1).fingerprint());
    }

    @Test
    void everyCustomerWhoEntersEndsSomewhere() {
        SimulationResults r = run(42, 2, 2);
        long entered = r.entered(r.nodeIndex("entry"));
        long ended = 0;
        for (int n = 0; n < r.nodeIds().size(); n++) {
            ended += r.exited(n) + r.goalExits(n) + r.waitingAtEnd(n);
        }
        assertEquals(entered, ended);
        long sends = 0;
        long[] histogram = r.messagesPerCustomer();
        for (int i = 0; i < histogram.length; i++) {
            sends += i * histogram[i];
        }
        long sent = 0;
        for (int a = 0; a < r.actionKeys().size(); a++) {
            sent += r.sent(a);
        }
        assertTrue(sends <= sent && histogram[histogram.length - 1] == 0, "histogram below 10 counts every send");
        assertEquals(sent, sends);
    }
}
