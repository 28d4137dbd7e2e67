package com.retailstudio.designer.edit;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic "tidy" layout, top to bottom in layers: a step's layer is the longest path to it from the Entry
 * (connections that close a loop are left out), steps inside a layer are ordered by barycentre sweeps to reduce
 * crossing connections, then each step is placed under its predecessors as far as the spacing allows.
 */
public final class TidyLayout {
    /** A card's size on the canvas, in canvas units. */
    public static final double CARD_WIDTH = 232;
    public static final double CARD_HEIGHT = 56;
    /** Distance between the left edges of neighbours in a layer, and between the tops of layers. */
    public static final double COLUMN = CARD_WIDTH + 40;
    public static final double ROW = CARD_HEIGHT + 64;

    private static final int SWEEPS = 8;

    private TidyLayout() {
    }

    /** The journey with every step at its tidy position; steps and connections are unchanged otherwise. */
    public static Journey tidy(Journey journey) {
        if (journey.nodes().isEmpty()) {
            return journey;
        }
        Map<String, Position> positions = positions(journey);
        return JourneyEdits.moveNodes(journey, positions);
    }

    /** The tidy position of every step. */
    public static Map<String, Position> positions(Journey journey) {
        List<String> ids = journey.nodes().stream().map(JourneyNode::id).toList();
        Map<String, List<String>> successors = new LinkedHashMap<>();
        ids.forEach(id -> successors.put(id, new ArrayList<>()));
        for (JourneyNode node : journey.nodes()) {
            // Ports in display order, so a split's branches start left to right.
            for (String port : node.outputPorts()) {
                for (Edge edge : journey.edgesFrom(node.id())) {
                    if (edge.port().equals(port) && successors.containsKey(edge.to())
                            && !successors.get(node.id()).contains(edge.to())) {
                        successors.get(node.id()).add(edge.to());
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        List<String> discovery = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        Set<List<String>> backEdges = new HashSet<>();
        List<String> roots = new ArrayList<>();
        journey.nodes().stream().filter(n -> n instanceof JourneyNode.Entry).forEach(n -> roots.add(n.id()));
        roots.addAll(ids);
        for (String root : roots) {
            if (!visited.contains(root)) {
                depthFirst(root, successors, visited, onPath, backEdges, order, discovery);
            }
        }
        // Reverse post-order is a topological order of the graph without the loop-closing connections.
        List<String> topological = new ArrayList<>(order);
        Collections.reverse(topological);
        Map<String, Integer> layer = new HashMap<>();
        Map<String, List<String>> predecessors = new HashMap<>();
        ids.forEach(id -> predecessors.put(id, new ArrayList<>()));
        for (String id : topological) {
            layer.putIfAbsent(id, 0);
            for (String next : successors.get(id)) {
                if (backEdges.contains(List.of(id, next))) {
                    continue;
                }
                predecessors.get(next).add(id);
                layer.merge(next, layer.get(id) + 1, Math::max);
            }
        }
        int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            rows.add(new ArrayList<>());
        }
        // First order: depth-first discovery, so a branch's steps start together, in port order.
        for (String id : discovery) {
            rows.get(layer.get(id)).add(id);
        }
        Map<String, List<String>> forward = new HashMap<>();
        ids.forEach(id -> forward.put(id, new ArrayList<>()));
        predecessors.forEach((to, froms) -> froms.forEach(from -> forward.get(from).add(to)));
        List<List<String>> best = copy(rows);
        long bestCrossings = crossings(rows, forward);
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            if (sweep % 2 == 0) {
                for (int i = 1; i < rows.size(); i++) {
                    reorder(rows.get(i), rows.get(i - 1), predecessors);
                }
            } else {
                for (int i = rows.size() - 2; i >= 0; i--) {
                    reorder(rows.get(i), rows.get(i + 1), forward);
                }
            }
            long crossings = crossings(rows, forward);
            if (crossings < bestCrossings) {
                bestCrossings = crossings;
                best = copy(rows);
            }
        }
        return place(best, predecessors);
    }

    private static void depthFirst(String id, Map<String, List<String>> successors, Set<String> visited,
            Set<String> onPath, Set<List<String>> backEdges, List<String> postOrder, List<String> preOrder) {
        // Iterative, so a long chain of steps cannot overflow the stack.
        record Frame(String id, int next) {
        }
        ArrayList<Frame> stack = new ArrayList<>();
        stack.add(new Frame(id, 0));
        visited.add(id);
        onPath.add(id);
        preOrder.add(id);
        while (!stack.isEmpty()) {
            Frame top = stack.remove(stack.size() - 1);
            List<String> out = successors.get(top.id());
            if (top.next() < out.size()) {
                stack.add(new Frame(top.id(), top.next() + 1));
                String next = out.get(top.next());
                if (onPath.contains(next)) {
                    backEdges.add(List.of(top.id(), next));
                } else if (!visited.contains(next)) {
                    visited.add(next);
                    onPath.add(next);
                    preOrder.add(next);
                    stack.add(new Frame(next, 0));
                }
            } else {
                onPath.remove(top.id());
                postOrder.add(top.id());
            }
        }
    }

    /** Sorts the row by the mean position of each step's neighbours in the fixed row; steps without keep theirs. */
    private static void reorder(List<String> row, List<String> fixed, Map<String, List<String>> neighbours) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fixed.size(); i++) {
            index.put(fixed.get(i), i);
        }
        Map<String, Double> key = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String id = row.get(i);
            double sum = 0;
            int count = 0;
            for (String other : neighbours.get(id)) {
                Integer at = index.get(other);
                if (at != null) {
                    sum += at;
                    count++;
                }
            }
            // Scaled to the fixed row's index range so that steps without neighbours keep their relative place.
            key.put(id, count == 0 ? (double) i * Math.max(1, fixed.size()) / Math.max(1, row.size()) : sum / count);
        }
        row.sort(Comparator.comparingDouble(key::get));
    }

    /** Connections between neighbouring layers that cross each other. */
    static long crossings(List<List<String>> rows, Map<String, List<String>> forward) {
        long total = 0;
        for (int r = 0; r + 1 < rows.size(); r++) {
            Map<String, Integer> below = new HashMap<>();
            for (int i = 0; i < rows.get(r + 1).size(); i++) {
                below.put(rows.get(r + 1).get(i), i);
            }
            List<int[]> segments = new ArrayList<>();
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                for (String to : forward.get(row.get(i))) {
                    Integer j = below.get(to);
                    if (j != null) {
                        segments.add(new int[] {i, j});
                    }
                }
            }
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    int[] s = segments.get(a);
                    int[] t = segments.get(b);
                    if ((s[0] < t[0] && s[1] > t[1]) || (s[0] > t[0] && s[1] < t[1])) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    /** Places each layer under its predecessors, keeping one column between neighbours. */
    private static Map<String, Position> place(List<List<String>> rows, Map<String, List<String>> predecessors) {
        Map<String, Double> x = new HashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            double[] desired = new double[row.size()];
            for (int i = 0; i < row.size(); i++) {
                double centred = (i - (row.size() - 1) / 2.0) * COLUMN;
                List<String> above = predecessors.get(row.get(i)).stream().filter(x::containsKey).toList();
                desired[i] = above.isEmpty() ? centred
                        : above.stream().mapToDouble(x::get).average().orElse(centred);
            }
            double[] placed = new double[row.size()];
            for (int i = 0; i < row.size(); i++) {
                placed[i] = i == 0 ? desired[i] : Math.max(desired[i], placed[i - 1] + COLUMN);
            }
            // Shifting the whole layer keeps the spacing and balances how far steps are from where they want to be.
            double shift = 0;
            for (int i = 0; i < row.size(); i++) {
                shift += desired[i] - placed[i];
            }
            shift /= Math.max(1, row.size());
            for (int i = 0; i < row.size(); i++) {
                double left = placed[i] + shift;
                x.put(row.get(i), left);
                positions.put(row.get(i), new Position(Math.round(left), r * ROW));
            }
        }
        return positions;
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }
}
