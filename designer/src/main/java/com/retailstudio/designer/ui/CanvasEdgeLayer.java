package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.PortLabels;
import com.retailstudio.designer.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * The connections of the journey canvas: curves with arrowheads from each step's bottom edge to the next step's top,
 * their path words, a run's customers along them, and, when editable, the steps' output ports as dots. Everything
 * here follows the cards, also while they are dragged. Shapes that look the same are kept from one drawing to the
 * next, so an edit redraws only what it changed.
 */
final class CanvasEdgeLayer {

    /** Makes a port's dot draggable (the canvas's gestures). */
    interface PortGestures {
        void install(Circle dot, String nodeId, String port);
    }

    /** How a connection looks; connections that look the same reuse their shapes. */
    private record EdgeLook(double sx, double sy, double tx, double ty, String words, Long passed, long maxPassed,
                            String mark) {
    }

    /** How a port looks. */
    private record PortLook(String nodeId, String port, double x, double y, boolean connected) {
    }

    private final Group edgeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group portLayer = new Group();
    private final CanvasOverlays overlays;
    private final PortGestures portGestures;
    private final Tooltip portTip = new Tooltip();
    private Map<EdgeLook, List<Node>> edgeCache = new HashMap<>();
    private Map<PortLook, Circle> portCache = new HashMap<>();
    private Map<String, Position> dragOverrides = Map.of();

    CanvasEdgeLayer(CanvasOverlays overlays, PortGestures portGestures) {
        this.overlays = overlays;
        this.portGestures = portGestures;
    }

    /** The connections, under the cards. */
    Group edges() {
        return edgeLayer;
    }

    /** Path words and the overlays' badges, over the cards. */
    Group labels() {
        return labelLayer;
    }

    /** The ports, over everything but a gesture in progress. */
    Group ports() {
        return portLayer;
    }

    /** Steps drawn where they are being dragged to instead of where they are; empty when nothing is dragged. */
    void setDragged(Map<String, Position> positions) {
        dragOverrides = positions;
    }

    void clear() {
        edgeLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        portLayer.getChildren().clear();
    }

    /** The position a step is drawn at: where it is being dragged to, or where it is. */
    Position at(JourneyNode node) {
        Position dragged = dragOverrides.get(node.id());
        return dragged != null ? dragged : node.position();
    }

    /** Connections, their labels, the overlays' badges and, when editable, the ports. */
    void draw(Journey shown, boolean editable) {
        Map<String, JourneyNode> nodes = new HashMap<>();
        shown.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, List<Edge>> outgoing = new HashMap<>();
        for (Edge edge : shown.edges()) {
            if (nodes.containsKey(edge.to())) {
                outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            }
        }
        Map<EdgeLook, List<Node>> edgesNow = new HashMap<>();
        Map<PortLook, Circle> portsNow = new HashMap<>();
        List<Node> edgeShapes = new ArrayList<>();
        List<Node> labels = new ArrayList<>();
        List<Node> ports = new ArrayList<>();
        long maxPassed = overlays.flowPassed().values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (JourneyNode node : shown.nodes()) {
            Position from = at(node);
            List<Edge> out = new ArrayList<>(outgoing.getOrDefault(node.id(), List.of()));
            List<String> portOrder = editable ? portsByTarget(node, out, nodes) : node.outputPorts();
            if (!editable) {
                // Ports are spread along the bottom edge in the order of their targets, so curves do not cross.
                out.sort(Comparator.comparingDouble(e -> at(nodes.get(e.to())).x()));
            }
            for (int i = 0; i < out.size(); i++) {
                Edge edge = out.get(i);
                JourneyNode target = nodes.get(edge.to());
                // When editing, a connection leaves from its port's dot, so what is dragged is what is drawn.
                double slot = editable ? (Math.max(0, portOrder.indexOf(edge.port())) + 1.0) / (portOrder.size() + 1)
                        : (i + 1.0) / (out.size() + 1);
                double sx = from.x() + NodeCard.WIDTH * slot;
                double sy = from.y() + NodeCard.HEIGHT;
                double tx = at(target).x() + NodeCard.WIDTH / 2;
                double ty = at(target).y();
                Long passed = overlays.isFlowShown() ? overlays.flowPassed().get(edge) : null;
                Optional<String> words = PortLabels.words(node, edge.port());
                String mark = overlays.highlights().edge(edge).map(CanvasHighlights::styleClass).orElse(null);
                EdgeLook look = new EdgeLook(sx, sy, tx, ty, words.orElse(null), passed, passed == null ? 0 : maxPassed,
                        mark);
                List<Node> drawn = edgeCache.remove(look);
                if (drawn == null) {
                    drawn = connection(edge, look, words);
                }
                if (edgesNow.putIfAbsent(look, drawn) != null) {
                    edgesNow.put(new EdgeLook(sx, sy, tx, ty, edge.describe(), passed, maxPassed, mark), drawn);
                }
                edgeShapes.add(drawn.get(0));
                edgeShapes.add(drawn.get(1));
                if (drawn.size() > 2) {
                    labels.add(drawn.get(2));
                }
            }
            if (editable) {
                for (int p = 0; p < portOrder.size(); p++) {
                    String port = portOrder.get(p);
                    boolean connected = out.stream().anyMatch(e -> e.port().equals(port));
                    PortLook look = new PortLook(node.id(), port,
                            from.x() + NodeCard.WIDTH * (p + 1.0) / (portOrder.size() + 1), from.y() + NodeCard.HEIGHT,
                            connected);
                    Circle dot = portCache.remove(look);
                    if (dot == null) {
                        dot = port(node, port, look);
                    }
                    portsNow.put(look, dot);
                    ports.add(dot);
                }
            }
        }
        overlays.addBadges(shown, this::at, labels);
        edgeCache = edgesNow;
        portCache = portsNow;
        LayerSync.sync(edgeLayer, edgeShapes);
        LayerSync.sync(labelLayer, labels);
        LayerSync.sync(portLayer, ports);
    }

    /** The shapes of one connection: its curve, its arrowhead and, when it has words or a flow, its label. */
    private static List<Node> connection(Edge edge, EdgeLook look, Optional<String> words) {
        List<Node> drawn = new ArrayList<>(curve(look.sx(), look.sy(), look.tx(), look.ty()));
        if (look.mark() != null) {
            drawn.get(0).getStyleClass().add(look.mark());
            drawn.get(1).getStyleClass().add(look.mark());
            drawn.get(0).setId("edge-" + edge.from() + "-" + edge.port() + "-" + edge.to());
        }
        Long passed = look.passed();
        if (passed != null) {
            flowStroke(drawn, passed, look.maxPassed());
        }
        double mx = 0.5 * look.sx() + 0.5 * look.tx();
        double my = 0.5 * look.sy() + 0.5 * (look.ty() - 8);
        if (passed != null) {
            // One pill per connection: its path's words, if any, then the customers who passed along it.
            drawn.add(flowLabel(words.map(w -> w + " · ").orElse("") + CanvasOverlays.count(passed), passed, mx, my));
        } else if (words.isPresent()) {
            drawn.add(label(words.get(), mx, my));
        }
        return drawn;
    }

    /**
     * The step's ports left to right as drawn when editing: the connected ports take their own slots in the order
     * of the steps they lead to, so no two connections from one step cross (a wait's "purchase" and "no purchase");
     * a port without a connection keeps its slot.
     */
    private List<String> portsByTarget(JourneyNode node, List<Edge> out, Map<String, JourneyNode> nodes) {
        List<String> ports = new ArrayList<>(node.outputPorts());
        Map<String, Double> targetX = new HashMap<>();
        for (Edge edge : out) {
            targetX.putIfAbsent(edge.port(), at(nodes.get(edge.to())).x());
        }
        List<Integer> slots = new ArrayList<>();
        List<String> connected = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            if (targetX.containsKey(ports.get(i))) {
                slots.add(i);
                connected.add(ports.get(i));
            }
        }
        connected.sort(Comparator.comparingDouble(targetX::get));
        for (int i = 0; i < slots.size(); i++) {
            ports.set(slots.get(i), connected.get(i));
        }
        return ports;
    }

    private Circle port(JourneyNode node, String port, PortLook look) {
        Circle dot = new Circle(look.x(), look.y(), 5);
        dot.getStyleClass().add("journey-port");
        if (!look.connected()) {
            dot.getStyleClass().add("open");
        }
        dot.setId("port-" + node.id() + "-" + port);
        // One tooltip for every port, worded on entry: hundreds of tooltips would slow every redraw.
        String words = PortLabels.words(node, port).orElse("Next step") + (look.connected() ? "" : " — not connected")
                + (look.connected() ? "\nDrag onto a step to reconnect, onto empty canvas to disconnect"
                : "\nDrag onto a step to connect");
        dot.setOnMouseEntered(event -> portTip.setText(words));
        Tooltip.install(dot, portTip);
        portGestures.install(dot, node.id(), port);
        return dot;
    }

    /** A curve leaving downwards from the source port and arriving downwards at the target's top, with an arrowhead. */
    private static List<Node> curve(double sx, double sy, double tx, double ty) {
        double arrow = 8;
        double endY = ty - arrow;
        double bend = Math.max(28, Math.abs(endY - sy) / 2);
        CubicCurve curve = new CubicCurve(sx, sy, sx, sy + bend, tx, endY - bend, tx, endY);
        curve.getStyleClass().add("journey-edge");
        curve.setFill(null);
        Polygon head = new Polygon(tx, ty, tx - 5, ty - arrow, tx + 5, ty - arrow);
        head.getStyleClass().add("journey-arrow");
        return List.of(curve, head);
    }

    /** The stroke of a connection carrying {@code passed} customers, at most {@code max} on any connection. */
    static double flowWidth(long passed, long max) {
        if (passed <= 0 || max <= 0) {
            return 1.2;
        }
        return 2 + 12 * (double) passed / max;
    }

    /**
     * Draws the connection as a flow (journeys.css): dashed and thin when nobody passed, else a band as wide as its
     * share of the busiest connection. The band's width is the figure's, so it is set here, and the curve leaves the
     * plain connections' class, whose fixed width would override it.
     */
    private static void flowStroke(List<Node> shapes, long passed, long max) {
        double width = flowWidth(passed, max);
        CubicCurve curve = (CubicCurve) shapes.get(0);
        curve.getStyleClass().remove("journey-edge");
        curve.getStyleClass().add("journey-flow-edge");
        curve.setStrokeWidth(width);
        if (passed <= 0) {
            curve.getStyleClass().add("empty");
        } else {
            // The arrowhead widens with the stroke so the flow ends in a point, not a blunt band.
            Polygon head = (Polygon) shapes.get(1);
            double tx = head.getPoints().get(0);
            double ty = head.getPoints().get(1);
            double half = Math.max(5, width * 0.8);
            head.getPoints().setAll(tx, ty, tx - half, ty - 8, tx + half, ty - 8);
            head.getStyleClass().add("journey-flow-arrow");
        }
    }

    private static Label flowLabel(String text, long passed, double mx, double my) {
        Label label = label(text, mx, my);
        label.getStyleClass().add("journey-flow-count");
        label.setTooltip(new Tooltip(CanvasOverlays.count(passed) + " passed along this connection"));
        return label;
    }

    private static Label label(String text, double sx, double sy) {
        Label label = new Label(text);
        label.getStyleClass().add("journey-edge-label");
        label.setLayoutY(sy - 9);
        label.layoutBoundsProperty().addListener((observable, before, bounds) ->
                label.setLayoutX(sx - bounds.getWidth() / 2));
        return label;
    }
}
