package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.model.SimulationResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's flow as the journey canvas draws it: entries per step, customers per connection, and the customers who
 * reached the goal at each step (they leave by no connection).
 *
 * <p>A connection's figure is the engine's count of customers passed on through the source step's port the
 * connection leaves from. When several connections leave the same port, the engine follows the last one (in the
 * journey's edge order), so that one carries the figure and the others none. Customers passed on through a port with
 * no connection left the journey there and appear on no connection.
 *
 * @param journey the journey that was run
 * @param entered entries per node id
 * @param passed  customers per connection
 * @param goalExits customers per node id who left the journey there because they reached the goal
 */
public record SimulationFlow(Journey journey, Map<String, Long> entered, Map<Edge, Long> passed,
        Map<String, Long> goalExits) {

    public SimulationFlow {
        entered = Map.copyOf(entered);
        passed = Map.copyOf(passed);
        goalExits = Map.copyOf(goalExits);
    }

    /** Reads the per-node, per-port counts of the engine's results for the journey they came from. */
    public static SimulationFlow of(Journey journey, SimulationResults results) {
        Map<String, Long> entered = new LinkedHashMap<>();
        Map<Edge, Long> passed = new LinkedHashMap<>();
        Map<String, Long> goalExits = new LinkedHashMap<>();
        List<String> ids = results.nodeIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            entered.put(id, results.entered(i));
            goalExits.put(id, results.goalExits(i));
            for (String port : results.ports(i)) {
                Edge followed = null;
                for (Edge edge : journey.edgesFrom(id)) {
                    if (edge.port().equals(port) && journey.node(edge.to()).isPresent()) {
                        followed = edge;
                    }
                }
                if (followed != null) {
                    passed.put(followed, results.passed(i, port));
                }
            }
        }
        return new SimulationFlow(journey, entered, passed, goalExits);
    }
}
