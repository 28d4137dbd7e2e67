package com.retailstudio.designer.ui;

import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import com.retailstudio.ui.canvas.ZoomGestures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A drawing of a journey: steps as cards at their canvas positions, connections as curves with arrowheads and path
 * labels, flowing from each step's bottom edge to the next step's top. Drag to pan, Ctrl + wheel or pinch to zoom
 * (the {@link ZoomGestures} rule); the plain wheel scrolls the page the drawing sits in. The view fits the journey
 * when it is shown, and again when it is resized (a window made smaller) while the user has not zoomed or panned
 * since.
 *
 * <p>An optional flow overlay ({@link #showFlow}) draws figures of a run on the journey: a count badge on each step
 * (customers who entered it) and, on each connection, a stroke whose width grows with the customers who passed along
 * it and their number. Without a flow the canvas draws exactly as before.
 *
 * <p>With {@link #setEdits} the canvas becomes editable ({@link CanvasGestures}): each step shows its output ports as
 * dots on its bottom edge, in port order. The canvas never changes the journey itself: it reports to its
 * {@link CanvasEdits}.
 *
 * <p>The parts: {@link CanvasViewport} (zoom, pan, fit, grid), {@link CanvasGestures}, {@link CanvasEdgeLayer}
 * (connections and ports) and {@link CanvasOverlays} (flow and review marks); the cards are drawn here.
 */
public final class JourneyCanvasView extends StackPane {
    /** Below this zoom the cards show only their icon and title. */
    static final double FAR_ZOOM = 0.45;
    /** On the viewport while the user may edit the journey on it (see journeys.css). */
    private static final PseudoClass EDITABLE = PseudoClass.getPseudoClass("editable");
    /** Room a review's legend takes over the top of the view when the journey is fitted. */
    private static final double LEGEND_SPACE = 36;

    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final CanvasViewport view = new CanvasViewport();
    private final CanvasOverlays overlays = new CanvasOverlays();
    private final CanvasGestures gestures;
    private final CanvasEdgeLayer edges;
    private final Map<String, NodeCard> cards = new HashMap<>();
    private final Group cardLayer = new Group();
    private CanvasEdits edits;
    private String shownJourneyId;

    public JourneyCanvasView() {
        getStyleClass().add("journey-canvas");
        // The canvas's own look travels with it, so it draws the same outside the Journeys section.
        getStylesheets().add(JourneyCanvasView.class.getResource("journeys.css").toExternalForm());
        gestures = new CanvasGestures(this, view);
        edges = new CanvasEdgeLayer(overlays, gestures::installOnPort);
        view.content().getChildren().addAll(edges.edges(), cardLayer, edges.labels(), edges.ports(), gestures.layer());
        view.onZoomButtons(this::zoomOut, this::zoomIn, this::fit);
        getChildren().addAll(view.pane(), view.zoomBar(), overlays.legend());

        journey.addListener((observable, before, shown) -> {
            // An edit of the journey shown keeps the view where the user put it; another journey is fitted.
            String id = shown == null ? null : shown.id();
            if (edits == null || !Objects.equals(id, shownJourneyId)) {
                view.requestFit();
            }
            shownJourneyId = id;
            rebuild();
        });
        selection.addListener((SetChangeListener<String>) change -> markSelection());
        findings.addListener((ListChangeListener<Finding>) change -> rebuild());
        selectedNode.addListener((observable, before, id) -> {
            markSelection();
            if (id != null) {
                reveal(id);
            }
        });
        view.pane().widthProperty().addListener((observable, before, value) -> resized());
        view.pane().heightProperty().addListener((observable, before, value) -> resized());
    }

    public ObjectProperty<Journey> journeyProperty() {
        return journey;
    }

    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    /** Lint findings to mark on their steps. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    public DoubleProperty zoomProperty() {
        return view.zoomProperty();
    }

    /** The selected steps (the editor's multi-selection); the {@link #selectedNodeProperty} is marked too. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** Makes the canvas editable, reporting the user's gestures to {@code edits}; null makes it read-only again. */
    public void setEdits(CanvasEdits edits) {
        this.edits = edits;
        view.pane().pseudoClassStateChanged(EDITABLE, edits != null);
        view.sayShortcuts(edits != null);
        rebuild();
    }

    public boolean isEditable() {
        return edits != null;
    }

    /** Where the gestures report to; null while read-only. */
    CanvasEdits edits() {
        return edits;
    }

    /** The card drawn for the step, if it is drawn. */
    Optional<NodeCard> card(String nodeId) {
        return Optional.ofNullable(cards.get(nodeId));
    }

    /**
     * Draws the steps being dragged where the pointer has them, with their connections, before the move is an edit;
     * no positions draws every step where it is again.
     */
    void drawDragged(Map<String, Position> positions) {
        edges.setDragged(positions);
        if (!positions.isEmpty()) {
            positions.forEach((id, at) -> card(id).ifPresent(moving -> moving.relocate(at.x(), at.y())));
            edges.draw(journey.get(), true);
        }
    }

    /** Pans the step's card to the middle when none of it is in view (e.g. picked in the lint panel, or pasted). */
    public void reveal(String nodeId) {
        Journey shown = journey.get();
        if (shown != null) {
            shown.node(nodeId).ifPresent(node -> view.reveal(node.position()));
        }
    }

    /** Zooms in one step around the middle of the view. */
    public void zoomIn() {
        view.zoomIn();
    }

    /** Zooms out one step around the middle of the view. */
    public void zoomOut() {
        view.zoomOut();
    }

    /** The canvas position under a point of the scene, e.g. where something was dropped. */
    public Position toCanvas(double sceneX, double sceneY) {
        return view.toCanvas(sceneX, sceneY);
    }

    /** The canvas position at the middle of the view. */
    public Position centre() {
        return view.centre();
    }

    /** Whether the scene point is over the visible canvas. */
    public boolean showsScenePoint(double sceneX, double sceneY) {
        return view.showsScenePoint(sceneX, sceneY);
    }

    /**
     * Draws a run's flow on the journey.
     *
     * @param entered customers (entries) per node id; a node without a figure gets no badge
     * @param passed  customers who passed along each connection, keyed by the journey's {@link Edge}; connections
     *                without a figure are drawn as without a flow
     */
    public void showFlow(Map<String, Long> entered, Map<Edge, Long> passed) {
        showFlow(entered, passed, Map.of());
    }

    /**
     * As {@link #showFlow(Map, Map)}, with the customers who left the journey at each step because they reached its
     * goal: they pass along no connection, so without this badge a branch after the goal reads as if nobody came.
     *
     * @param goalExits goal exits per node id; steps with none get no goal badge
     */
    public void showFlow(Map<String, Long> entered, Map<Edge, Long> passed, Map<String, Long> goalExits) {
        overlays.showFlow(entered, passed, goalExits);
        rebuild();
    }

    /** Removes the flow overlay: the canvas draws the journey alone again. */
    public void clearFlow() {
        overlays.clearFlow();
        rebuild();
    }

    /** Whether a flow overlay is shown. */
    public boolean isFlowShown() {
        return overlays.isFlowShown();
    }

    /** The entries per node id of the shown flow; empty without one. */
    public Map<String, Long> flowEntered() {
        return overlays.flowEntered();
    }

    /** The goal exits per node id of the shown flow; empty without one. */
    public Map<String, Long> flowGoalExits() {
        return overlays.flowGoalExits();
    }

    /** The customers per connection of the shown flow; empty without one. */
    public Map<Edge, Long> flowPassed() {
        return overlays.flowPassed();
    }

    /**
     * Marks a review's changes on the journey (steps added, removed, changed or moved; connections added or removed)
     * with the theme's success, danger and warning colours, and shows a legend of the marks present.
     * {@link CanvasHighlights#NONE} removes them.
     */
    public void setHighlights(CanvasHighlights highlights) {
        overlays.setHighlights(highlights);
        rebuild();
    }

    /** The review marks shown, {@link CanvasHighlights#NONE} without any. */
    public CanvasHighlights highlights() {
        return overlays.highlights();
    }

    /** Zooms and pans so the whole journey fits the view, at most at 100 %. */
    public void fit() {
        // a review's legend sits over the top of the view: the journey fits below it
        view.fit(journey.get(), overlays.legend().isVisible() ? LEGEND_SPACE : 0);
    }

    private void resized() {
        if (view.refitsWhenResized()) {
            fit();
        }
        view.drawGrid();
    }

    private void rebuild() {
        gestures.clear();
        Journey shown = journey.get();
        if (shown == null) {
            cards.clear();
            cardLayer.getChildren().clear();
            edges.clear();
            view.drawGrid();
            return;
        }
        Map<String, List<Finding>> byNode = new HashMap<>();
        findings.forEach(f -> f.nodeId().ifPresent(id -> byNode.computeIfAbsent(id, k -> new ArrayList<>()).add(f)));
        Map<String, NodeCard> previous = new HashMap<>(cards);
        cards.clear();
        List<Node> cardNodes = new ArrayList<>(shown.nodes().size());
        for (JourneyNode node : shown.nodes()) {
            Optional<Severity> worst = worst(byNode.getOrDefault(node.id(), List.of()));
            NodeCard card = previous.get(node.id());
            // A card that looks the same is kept and only moved: an edit redraws what it changed, not every step.
            if (card != null && card.looksLike(node, worst) && card.isEditable() == (edits != null)) {
                card.relocate(node.position().x(), node.position().y());
            } else {
                card = new NodeCard(node, worst);
                card.setEditable(edits != null);
                String id = node.id();
                if (edits != null) {
                    gestures.installOnCard(card, id);
                } else {
                    card.setOnMouseClicked(event -> selectedNode.set(id));
                }
            }
            cards.put(node.id(), card);
            cardNodes.add(card);
        }
        LayerSync.sync(cardLayer, cardNodes);
        edges.draw(shown, edits != null);
        markSelection();
        overlays.markCards(cards);
        if (view.fitPending()) {
            fit();
        }
        view.drawGrid();
    }

    private static Optional<Severity> worst(List<Finding> found) {
        return found.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    private void markSelection() {
        cards.forEach((id, card) -> card.setSelected(id.equals(selectedNode.get()) || selection.contains(id)));
    }
}
