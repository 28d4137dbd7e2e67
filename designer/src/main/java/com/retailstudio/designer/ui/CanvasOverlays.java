package com.retailstudio.designer.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.designer.model.Position;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * What the journey canvas draws over the journey: a run's flow (a count badge on each step, and the customers per
 * connection the edge layer draws) and a review's marks (a pill on each changed step, and the legend of the marks).
 */
final class CanvasOverlays {

    private final HBox legend = new HBox(6);
    private Map<String, Long> flowEntered = Map.of();
    private Map<Edge, Long> flowPassed = Map.of();
    private Map<String, Long> flowGoalExits = Map.of();
    private boolean flowShown;
    private CanvasHighlights highlights = CanvasHighlights.NONE;

    CanvasOverlays() {
        legend.getStyleClass().add("journey-diff-legend");
        legend.setId("journey-diff-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        legend.setVisible(false);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
    }

    /** The review's legend, over the top left of the view while marks are shown. */
    HBox legend() {
        return legend;
    }

    void showFlow(Map<String, Long> entered, Map<Edge, Long> passed, Map<String, Long> goalExits) {
        flowEntered = Map.copyOf(entered);
        flowPassed = Map.copyOf(passed);
        flowGoalExits = Map.copyOf(goalExits);
        flowShown = true;
    }

    void clearFlow() {
        flowEntered = Map.of();
        flowPassed = Map.of();
        flowGoalExits = Map.of();
        flowShown = false;
    }

    boolean isFlowShown() {
        return flowShown;
    }

    Map<String, Long> flowEntered() {
        return flowEntered;
    }

    Map<String, Long> flowGoalExits() {
        return flowGoalExits;
    }

    Map<Edge, Long> flowPassed() {
        return flowPassed;
    }

    void setHighlights(CanvasHighlights marks) {
        this.highlights = Objects.requireNonNull(marks, "highlights");
        legend.getChildren().clear();
        for (JourneyStructureDiff.StepChange kind : marks.kinds()) {
            Label entry = new Label(CanvasHighlights.word(kind));
            entry.getStyleClass().addAll("journey-diff-mark", CanvasHighlights.styleClass(kind));
            legend.getChildren().add(entry);
        }
        legend.setVisible(!legend.getChildren().isEmpty());
    }

    CanvasHighlights highlights() {
        return highlights;
    }

    /** The flow badges and review marks on the journey's steps, each step drawn where {@code at} says. */
    void addBadges(Journey shown, Function<JourneyNode, Position> at, List<Node> into) {
        if (flowShown) {
            for (JourneyNode node : shown.nodes()) {
                Long entered = flowEntered.get(node.id());
                if (entered != null) {
                    into.add(flowBadge(entered, node.position().x() + NodeCard.WIDTH, node.position().y(),
                            node instanceof JourneyNode.Entry));
                }
                long reachedGoal = flowGoalExits.getOrDefault(node.id(), 0L);
                if (reachedGoal > 0) {
                    into.add(goalBadge(reachedGoal, node.position().x() + NodeCard.WIDTH,
                            node.position().y() + NodeCard.HEIGHT));
                }
            }
        }
        if (!highlights.isEmpty()) {
            for (JourneyNode node : shown.nodes()) {
                highlights.step(node.id()).ifPresent(change -> into.add(diffMark(node.id(), change, at.apply(node))));
            }
        }
    }

    /** Gives each card the style class of its review mark, and only that one. */
    void markCards(Map<String, NodeCard> cards) {
        cards.forEach((id, card) -> {
            String[] marks = Arrays.stream(JourneyStructureDiff.StepChange.values())
                    .map(CanvasHighlights::styleClass).toArray(String[]::new);
            highlights.step(id).map(CanvasHighlights::styleClass).ifPresentOrElse(
                    wanted -> Styles.addStyleClass(card, wanted, marks),
                    () -> card.getStyleClass().removeAll(marks));
        });
    }

    /** A pill over the step's top-left corner saying how it differs from the other version. */
    private static Label diffMark(String nodeId, JourneyStructureDiff.StepChange change, Position at) {
        Label mark = new Label(CanvasHighlights.word(change));
        mark.getStyleClass().addAll("journey-diff-mark", CanvasHighlights.styleClass(change));
        mark.setId("diff-mark-" + nodeId);
        mark.setMouseTransparent(true);
        mark.setLayoutX(at.x() + 10);
        mark.setLayoutY(at.y() - 10);
        return mark;
    }

    /** A badge over the step's bottom-right corner with the customers who reached the goal while at the step. */
    private static HBox goalBadge(long reachedGoal, double right, double bottom) {
        return pill(new FontIcon(Material2OutlinedAL.FLAG), count(reachedGoal) + " goal", "journey-flow-goal",
                count(reachedGoal) + " reached the goal here and left the journey", right, bottom);
    }

    /**
     * A badge over the step's top-right corner with the entries into it; on the entry step they are entries, so a
     * customer who entered twice counts twice (the Simulation section's tile counts customers).
     */
    private static HBox flowBadge(long entered, double right, double top, boolean entryStep) {
        return pill(new FontIcon(Material2OutlinedMZ.PERSON), count(entered), "journey-flow-badge",
                entryStep ? count(entered) + " entries into the journey, re-entries included"
                        : count(entered) + " entered this step", right, top);
    }

    /** A round badge of an icon and a figure, centred on {@code y}, its right end just past {@code right}. */
    private static HBox pill(FontIcon icon, String text, String styleClass, String tooltip, double right, double y) {
        HBox badge = new HBox(4, icon, new Label(text));
        badge.setAlignment(Pos.CENTER);
        badge.getStyleClass().addAll("journey-flow-pill", styleClass);
        Tooltip.install(badge, new Tooltip(tooltip));
        badge.setLayoutY(y - 11);
        badge.layoutBoundsProperty().addListener((observable, before, bounds) ->
                badge.setLayoutX(right - bounds.getWidth() + 8));
        return badge;
    }

    /** A figure as the canvas writes it: 12,345. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
