package com.retailstudio.designer.edit;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edits a marketer makes on the canvas, each a function from a journey to the edited journey. The journey is
 * immutable, so an edit never changes its input; {@link EditSession} keeps the snapshots for undo.
 */
public final class JourneyEdits {

    private JourneyEdits() {
    }

    /** An id not used by any step of the journey: {@code prefix-1}, {@code prefix-2}, ... */
    public static String freshId(Journey journey, String prefix) {
        Set<String> used = new HashSet<>();
        journey.nodes().forEach(n -> used.add(n.id()));
        return freshId(used, prefix);
    }

    private static String freshId(Set<String> used, String prefix) {
        for (int i = 1; ; i++) {
            String id = prefix + "-" + i;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /** The journey with a new step of the kind at the position, with a fresh id; see {@link #lastAdded}. */
    public static Journey addNode(Journey journey, NodeKind kind, Position at) {
        List<JourneyNode> nodes = new ArrayList<>(journey.nodes());
        nodes.add(kind.create(freshId(journey, kind.idPrefix()), at));
        return journey.withNodes(nodes, journey.edges());
    }

    /** The id of the step {@link #addNode} added: the journey's last step. */
    public static String lastAdded(Journey journey) {
        return journey.nodes().get(journey.nodes().size() - 1).id();
    }

    /** The journey without the steps and every connection into or out of them. */
    public static Journey deleteNodes(Journey journey, Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        return journey.withNodes(
                journey.nodes().stream().filter(n -> !gone.contains(n.id())).toList(),
                journey.edges().stream().filter(e -> !gone.contains(e.from()) && !gone.contains(e.to())).toList());
    }

    /**
     * The journey with the step's port connected to the target; an earlier connection from that port is replaced,
     * since a port leads to one step.
     *
     * @throws IllegalArgumentException when a step is missing or the source has no such port
     */
    public static Journey connect(Journey journey, String from, String port, String to) {
        JourneyNode source = journey.node(from)
                .orElseThrow(() -> new IllegalArgumentException("there is no step " + from));
        if (journey.node(to).isEmpty()) {
            throw new IllegalArgumentException("there is no step " + to);
        }
        if (!source.outputPorts().contains(port)) {
            throw new IllegalArgumentException("step " + from + " has no path '" + port + "'");
        }
        List<Edge> edges = new ArrayList<>(journey.edges().size() + 1);
        Edge added = new Edge(from, port, to);
        boolean placed = false;
        for (Edge edge : journey.edges()) {
            if (edge.from().equals(from) && edge.port().equals(port)) {
                if (!placed) {
                    edges.add(added);
                    placed = true;
                }
            } else {
                edges.add(edge);
            }
        }
        if (!placed) {
            edges.add(added);
        }
        return journey.withNodes(journey.nodes(), edges);
    }

    /** The journey without the connection. */
    public static Journey disconnect(Journey journey, Edge edge) {
        return journey.withNodes(journey.nodes(), journey.edges().stream().filter(e -> !e.equals(edge)).toList());
    }

    /** The journey with the steps at their new positions; ids not in the journey are ignored. */
    public static Journey moveNodes(Journey journey, Map<String, Position> positions) {
        return journey.withNodes(journey.nodes().stream()
                .map(n -> positions.containsKey(n.id()) ? Nodes.moved(n, positions.get(n.id())) : n)
                .toList(), journey.edges());
    }

    /** The journey with every given step moved by (dx, dy). */
    public static Journey moveBy(Journey journey, Collection<String> ids, double dx, double dy) {
        Set<String> moving = Set.copyOf(ids);
        return journey.withNodes(journey.nodes().stream()
                .map(n -> moving.contains(n.id())
                        ? Nodes.moved(n, new Position(n.position().x() + dx, n.position().y() + dy)) : n)
                .toList(), journey.edges());
    }

    /**
     * The journey with the step of the same id replaced (the property panel's edit). Connections from ports the
     * replacement no longer has (e.g. a removed branch) are dropped.
     *
     * @throws IllegalArgumentException when the journey has no step with the replacement's id
     */
    public static Journey replaceNode(Journey journey, JourneyNode replacement) {
        if (journey.node(replacement.id()).isEmpty()) {
            throw new IllegalArgumentException("there is no step " + replacement.id() + " to replace");
        }
        List<String> ports = replacement.outputPorts();
        return journey.withNodes(
                journey.nodes().stream().map(n -> n.id().equals(replacement.id()) ? replacement : n).toList(),
                journey.edges().stream()
                        .filter(e -> !e.from().equals(replacement.id()) || ports.contains(e.port())).toList());
    }

    /**
     * The journey with the settings (name, description, goal, entry, audience and the segment it came from, re-entry,
     * guardrails, objectives, exit criteria)
     * of {@code settings}; its id, version, steps and connections stay.
     */
    public static Journey updateSettings(Journey journey, Journey settings) {
        return new Journey(journey.id(), settings.name(), settings.description(), journey.version(), settings.goal(),
                settings.entry(), settings.audience(), settings.reEntry(), journey.nodes(), journey.edges(),
                settings.guardrails(), settings.objectives(), settings.audienceSegment(),
                settings.exitCriteria());
    }

    /** The steps and the connections between them, for {@link #paste}; connections leaving the selection are left. */
    public static Clipboard copy(Journey journey, Collection<String> ids) {
        Set<String> chosen = Set.copyOf(ids);
        return new Clipboard(
                journey.nodes().stream().filter(n -> chosen.contains(n.id())).toList(),
                journey.edges().stream().filter(e -> chosen.contains(e.from()) && chosen.contains(e.to())).toList());
    }

    /**
     * The journey with the clipboard's steps added under fresh ids, moved by (dx, dy), with their connections to
     * each other. The pasted ids are the journey's last {@code clipboard.nodes().size()} steps.
     */
    public static Journey paste(Journey journey, Clipboard clipboard, double dx, double dy) {
        Set<String> used = new HashSet<>();
        journey.nodes().forEach(n -> used.add(n.id()));
        Map<String, String> renamed = new HashMap<>();
        List<JourneyNode> nodes = new ArrayList<>(journey.nodes());
        for (JourneyNode node : clipboard.nodes()) {
            String id = freshId(used, baseOf(node.id()));
            used.add(id);
            renamed.put(node.id(), id);
            nodes.add(Nodes.copy(node, id, new Position(node.position().x() + dx, node.position().y() + dy)));
        }
        List<Edge> edges = new ArrayList<>(journey.edges());
        for (Edge edge : clipboard.edges()) {
            edges.add(new Edge(renamed.get(edge.from()), edge.port(), renamed.get(edge.to())));
        }
        return journey.withNodes(nodes, edges);
    }

    /** The ids of the steps the last {@link #paste} of the clipboard added. */
    public static List<String> pastedIds(Journey pasted, Clipboard clipboard) {
        List<JourneyNode> nodes = pasted.nodes();
        return nodes.subList(nodes.size() - clipboard.nodes().size(), nodes.size()).stream()
                .map(JourneyNode::id).toList();
    }

    /** {@code email-2} → {@code email}; {@code reminder} stays. */
    private static String baseOf(String id) {
        return id.replaceFirst("-\\d+$", "");
    }

    /** Copied steps and the connections among them. */
    public record Clipboard(List<JourneyNode> nodes, List<Edge> edges) {
        public Clipboard {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }
}
