package com.retailstudio.designer.ui;

import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** A step on the canvas: a rounded card with the step's icon, kind, title and one-line summary. */
final class NodeCard extends HBox {
    static final double WIDTH = 232;
    static final double HEIGHT = 56;
    /** A selected card is marked (journeys.css: {@code .journey-card:selected}). */
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final String kind;
    private final String title;
    private final String summary;
    private final Optional<Severity> worst;
    private boolean editable;

    NodeCard(JourneyNode node, Optional<Severity> worst) {
        NodeStyle style = NodeStyle.of(node);
        this.kind = style.kind() + "/" + style.styleClass() + "/" + style.icon().getDescription();
        this.title = node.title();
        this.summary = cardSummary(node) + "\n" + node.summary() + "\n" + node.id();
        this.worst = worst;
        getStyleClass().addAll("journey-card", style.styleClass());
        setId("node-" + node.id());

        FontIcon icon = new FontIcon(style.icon());
        icon.getStyleClass().add("journey-card-icon");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("journey-card-badge");
        badge.setMinSize(34, 34);
        badge.setMaxSize(34, 34);

        Label kind = new Label(style.kind());
        kind.getStyleClass().add("journey-card-kind");
        Label title = new Label(node.title().isBlank() ? node.id() : node.title());
        title.getStyleClass().add("journey-card-title");
        Label summary = new Label(cardSummary(node));
        summary.getStyleClass().add("journey-card-summary");
        VBox text = new VBox(0, kind, title, summary);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        getChildren().addAll(badge, text);
        worst.ifPresent(severity -> {
            FontIcon mark = new FontIcon(severity == Severity.ERROR ? Material2OutlinedAL.ERROR_OUTLINE
                    : Material2OutlinedMZ.WARNING);
            mark.getStyleClass().add(severity == Severity.ERROR ? "journey-card-error-mark" : "journey-card-warning-mark");
            getChildren().add(mark);
            getStyleClass().add(severity == Severity.ERROR ? "has-error" : "has-warning");
        });
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setLayoutX(node.position().x());
        setLayoutY(node.position().y());
        // Installed on first hover: a tooltip per card would slow the first drawing of a large journey.
        String tip = node.title() + "\n" + node.summary();
        setOnMouseEntered(event -> {
            if (getProperties().get("journey-tip") == null) {
                Tooltip tooltip = new Tooltip(tip);
                getProperties().put("journey-tip", tooltip);
                Tooltip.install(this, tooltip);
            }
        });
    }

    /** Whether the card would show the same for the step (anywhere on the canvas) and finding. */
    boolean looksLike(JourneyNode node, Optional<Severity> finding) {
        NodeStyle style = NodeStyle.of(node);
        return worst.equals(finding) && title.equals(node.title())
                && kind.equals(style.kind() + "/" + style.styleClass() + "/" + style.icon().getDescription())
                && summary.equals(cardSummary(node) + "\n" + node.summary() + "\n" + node.id());
    }

    /** Marks the card selected or not; a card whose state does not change is not restyled. */
    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    boolean isEditable() {
        return editable;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    /**
     * The summary line; an action's channel is already the card's kind, so it shows the message kind, the offer and
     * whether the message is transactional (frequency caps neither block nor count it), e.g. "Reminder · transactional";
     * an experiment split shows its rule, e.g. "Pick the winner on day 14".
     */
    static String cardSummary(JourneyNode node) {
        if (node instanceof JourneyNode.Action action) {
            Message message = action.message();
            return message.kind().label() + message.offer().map(o -> " · " + o.describe()).orElse("")
                    + (message.transactional() ? " · transactional" : "");
        }
        if (node instanceof JourneyNode.RandomSplit split && split.experiment().isPresent()) {
            // The card is narrow: the rule first, the shares in the tooltip (the node's full summary).
            Experiment rule = split.experiment().get();
            return rule.decision() == Experiment.Decision.PICK_WINNER ? "Pick the winner on day " + rule.decideAfterDays()
                    : "Compare at the end";
        }
        return node.summary();
    }
}
