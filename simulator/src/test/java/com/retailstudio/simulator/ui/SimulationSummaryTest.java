package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationSummaryTest {
    @Test
    void theActionTableSaysWhichActionsAreTransactional(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        Journey cart = BenchmarkJourney.cartRecovery();
        List<JourneyNode> nodes = new ArrayList<>(cart.nodes());
        nodes.replaceAll(n -> n instanceof JourneyNode.Action a && a.id().equals("last-email")
                ? new JourneyNode.Action(a.id(), a.title(), a.position(), a.message().withTransactional(true)) : n);
        Journey journey = cart.withNodes(nodes, cart.edges());
        SimulationRun run = SimulationRun.execute(journey, folder, SimulationSettings.defaults(42), 1, 1);
        Map<String, String> channels = SimulationSummary.of(journey, 42, run).actions().stream()
                .collect(Collectors.toMap(SimulationSummary.ActionFlow::key, SimulationSummary.ActionFlow::channel));
        assertEquals("Email · transactional", channels.get("last-email"));
        assertEquals("Email", channels.get("vip-email"));
        assertEquals("SMS", channels.get("nba/promo-sms"));
    }
}
