package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Product;
import com.retailstudio.simulator.model.SimulationResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Customers {@code i} with {@code i % parts == part}, with their consents and events, as a data set of their own. */
    private static CustomerData slice(DataSet full, int part, int parts) {
        List<Customer> customers = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = part; i < full.customers().size(); i += parts) {
            index.put(full.customers().get(i).customerId(), customers.size());
            customers.add(full.customers().get(i));
        }
        List<Consent> consents = full.consents().stream().filter(c -> index.containsKey(c.customerId())).toList();
        EventTable events = full.events();
        EventTable.Builder table = EventTable.builder(customers.stream().map(Customer::customerId).toList(),
                full.products().stream().map(Product::productId).toList());
        for (int r = 0; r < events.size(); r++) {
            Integer c = index.get(events.customerId(r));
            if (c != null) {
                table.add(events.get(r), c, events.productIndex(r));
            }
        }
        return CustomerData.of(customers, consents, table.build());
    }

    @Test
    void partitionsLoadedSeparatelyMergeToTheSingleRun() {
        CustomerData all = SampleData.data();
        ResponseModel model = ResponseModelFitter.fit(all);
        SimulationSettings settings = SimulationSettings.defaults(42);
        String single = new Simulator(PLAN, all, model, settings).run(1, 1).fingerprint();
        SimulationResults merged = PLAN.newResults(settings.traceFirst());
        for (int part = 0; part < 3; part++) {
            CustomerData piece = slice(SampleData.dataSet(), part, 3);
            merged.merge(new Simulator(PLAN, piece, model, settings)
                    .withHorizon(all.horizonStart(), all.horizonEnd()).run(1, 1));
        }
        assertEquals(single, merged.fingerprint());
    }
}
