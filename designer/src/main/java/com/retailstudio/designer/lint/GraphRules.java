package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.PortLabels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of the graph: one entry, edges that connect real ports, no unreachable steps, no dead ends, no fast loops. */
final class GraphRules implements LintRule {

    @Override
    public void check(Journey journey, List<Finding> findings) {
        Map<String, JourneyNode> nodes = new LinkedHashMap<>();
        journey.nodes().forEach(n -> nodes.put(n.id(), n));
        List<JourneyNode> entries = journey.nodes().stream().filter(n -> n instanceof JourneyNode.Entry).toList();
        if (entries.isEmpty()) {
            findings.add(Finding.error("ENTRY_MISSING", null,
                    "The journey has no Entry step, so no customer can ever start it. Add an Entry step."));
        }
        for (int i = 1; i < entries.size(); i++) {
            findings.add(Finding.error("ENTRY_DUPLICATE", entries.get(i).id(), "The journey has more than one Entry "
                    + "step. Keep one and connect the others' paths to it."));
        }
        Map<String, List<String>> next = new HashMap<>();
        Set<String> connectedPorts = new HashSet<>();
        for (Edge edge : journey.edges()) {
            JourneyNode from = nodes.get(edge.from());
            if (from == null || !nodes.containsKey(edge.to())) {
                findings.add(Finding.error("BROKEN_EDGE", from == null ? null : from.id(), "A connection "
                        + edge.describe() + " points to a step that does not exist. Delete it and connect again."));
                continue;
            }
            if (!from.outputPorts().contains(edge.port())) {
                findings.add(Finding.error("BROKEN_EDGE", from.id(), "\"" + Names.of(from) + "\" has no exit called \""
                        + edge.port() + "\" (it has: " + String.join(", ", from.outputPorts())
                        + "). Delete that connection and connect again."));
                continue;
            }
            if (!connectedPorts.add(edge.from() + "\u0000" + edge.port())) {
                findings.add(Finding.error("BROKEN_EDGE", from.id(), "The \"" + edge.port() + "\" exit of \""
                        + Names.of(from) + "\" is connected twice; a customer can only go one way."));
                continue;
            }
            next.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        }
        reachability(journey, entries, next, findings);
        deadEnds(journey, connectedPorts, findings);
        loops(journey, next, findings);
    }

    private static void reachability(Journey journey, List<JourneyNode> entries, Map<String, List<String>> next,
            List<Finding> findings) {
        if (entries.isEmpty()) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        entries.forEach(e -> queue.add(e.id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id)) {
                queue.addAll(next.getOrDefault(id, List.of()));
            }
        }
        for (JourneyNode node : journey.nodes()) {
            if (!reached.contains(node.id())) {
                findings.add(Finding.error("UNREACHABLE_NODE", node.id(), "No path from the Entry leads to \""
                        + Names.of(node) + "\", so no customer will ever reach it. Connect it or delete it."));
            }
        }
    }

    private static void deadEnds(Journey journey, Set<String> connectedPorts, List<Finding> findings) {
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.Exit || node.outputPorts().isEmpty()) {
                continue;
            }
            List<String> open = node.outputPorts().stream()
                    .filter(p -> !connectedPorts.contains(node.id() + "\u0000" + p)).toList();
            if (open.size() == node.outputPorts().size()) {
                findings.add(Finding.error("DEAD_END", node.id(), "Nothing follows \"" + Names.of(node)
                        + "\": customers would be stuck there. Connect it to the next step or to an Exit."));
            } else {
                for (String port : open) {
                    findings.add(Finding.error("UNCONNECTED_PORT", node.id(), "The \"" + PortLabels.name(node, port)
                            + "\" path of \"" + Names.of(node) + "\" leads nowhere. Connect it to a step or to an Exit."));
                }
            }
        }
    }

    /** Cycles that pass through no Wait step: customers would loop instantly and be messaged without pause. */
    private static void loops(Journey journey, Map<String, List<String>> next, List<Finding> findings) {
        Set<String> waits = new HashSet<>();
        journey.nodes().stream().filter(n -> n instanceof JourneyNode.Wait).forEach(n -> waits.add(n.id()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < journey.nodes().size(); i++) {
            index.put(journey.nodes().get(i).id(), i);
        }
        // Iterative colour DFS on the graph without waits; each back edge closes a wait-free cycle.
        Map<String, Integer> colour = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (JourneyNode start : journey.nodes()) {
            if (waits.contains(start.id()) || colour.containsKey(start.id())) {
                continue;
            }
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> position = new ArrayDeque<>();
            List<String> path = new ArrayList<>();
            stack.push(start.id());
            position.push(0);
            colour.put(start.id(), 1);
            path.add(start.id());
            while (!stack.isEmpty()) {
                String id = stack.peek();
                int i = position.pop();
                List<String> targets = next.getOrDefault(id, List.of());
                if (i < targets.size()) {
                    position.push(i + 1);
                    String target = targets.get(i);
                    if (waits.contains(target)) {
                        continue;
                    }
                    Integer c = colour.get(target);
                    if (c == null) {
                        colour.put(target, 1);
                        stack.push(target);
                        position.push(0);
                        path.add(target);
                    } else if (c == 1) {
                        List<String> cycle = path.subList(path.indexOf(target), path.size());
                        String first = cycle.stream().min((a, b) -> index.get(a) - index.get(b)).orElseThrow();
                        if (reported.add(first)) {
                            findings.add(Finding.error("LOOP_WITHOUT_WAIT", first, "The steps " + String.join(" → ",
                                    cycle) + " → " + target + " form a loop with no Wait in it: customers would go "
                                    + "round it instantly and could be messaged again and again. Add a Wait to the loop."));
                        }
                    }
                } else {
                    stack.pop();
                    colour.put(id, 2);
                    path.remove(path.size() - 1);
                }
            }
        }
    }
}
