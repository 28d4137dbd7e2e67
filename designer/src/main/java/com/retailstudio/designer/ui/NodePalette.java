package com.retailstudio.designer.ui;

import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.edit.TidyLayout;
import com.retailstudio.designer.model.Position;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The step kinds to drag onto the canvas (or click, to add one in the middle of the view). The drag is plain mouse
 * press-drag-release, with a ghost following the pointer on the editor's overlay, so it behaves the same everywhere.
 */
final class NodePalette extends VBox {

    NodePalette(JourneyCanvasView canvas, Pane overlay, BiConsumer<NodeKind, Position> add) {
        getStyleClass().add("journey-palette");
        Label title = new Label("ADD");
        title.getStyleClass().add("journey-palette-title");
        getChildren().add(title);
        for (NodeKind kind : NodeKind.values()) {
            getChildren().add(item(kind, canvas, overlay, add));
        }
        setSpacing(4);
        setAlignment(Pos.TOP_CENTER);
    }

    static Ikon icon(NodeKind kind) {
        return switch (kind) {
            case ENTRY -> Material2OutlinedAL.LOGIN;
            case WAIT -> Material2OutlinedMZ.TIMER;
            case CONDITION_SPLIT -> Material2OutlinedAL.CALL_SPLIT;
            case RANDOM_SPLIT -> Material2OutlinedMZ.SHUFFLE;
            case ACTION -> Material2OutlinedAL.EMAIL;
            case NEXT_BEST_ACTION -> Material2OutlinedMZ.STARS;
            case EXIT -> Material2OutlinedAL.FLAG;
        };
    }

    /** The colour family the step's card uses. */
    static String styleClass(NodeKind kind) {
        return switch (kind) {
            case ENTRY -> "kind-entry";
            case WAIT -> "kind-wait";
            case CONDITION_SPLIT, RANDOM_SPLIT -> "kind-split";
            case ACTION -> "kind-action";
            case NEXT_BEST_ACTION -> "kind-nba";
            case EXIT -> "kind-exit";
        };
    }

    private static String shortName(NodeKind kind) {
        return switch (kind) {
            case CONDITION_SPLIT -> "Condition";
            case NEXT_BEST_ACTION -> "Best action";
            default -> kind.label();
        };
    }

    private static Label item(NodeKind kind, JourneyCanvasView canvas, Pane overlay,
            BiConsumer<NodeKind, Position> add) {
        FontIcon icon = new FontIcon(icon(kind));
        icon.getStyleClass().add("journey-card-icon");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("journey-card-badge");
        badge.setMinSize(30, 30);
        badge.setMaxSize(30, 30);
        Label item = new Label(shortName(kind), badge);
        item.setId("palette-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.getStyleClass().addAll("journey-palette-item", styleClass(kind));
        item.setContentDisplay(ContentDisplay.TOP);
        item.setTooltip(new Tooltip("Drag a " + kind.label().toLowerCase(Locale.ROOT)
                + " step onto the canvas, or click to add one in the middle"));
        item.setMaxWidth(Double.MAX_VALUE);
        Label[] ghost = new Label[1];
        item.setOnMousePressed(event -> {
            Label g = new Label(kind.label(), new FontIcon(icon(kind)));
            g.getStyleClass().add("journey-palette-ghost");
            g.setMouseTransparent(true);
            g.setVisible(false);
            overlay.getChildren().add(g);
            ghost[0] = g;
            event.consume();
        });
        item.setOnMouseDragged(event -> {
            if (ghost[0] != null) {
                Point2D local = overlay.sceneToLocal(event.getSceneX(), event.getSceneY());
                ghost[0].setVisible(true);
                ghost[0].relocate(local.getX() - 20, local.getY() - 14);
            }
            event.consume();
        });
        item.setOnMouseReleased(event -> {
            if (ghost[0] != null) {
                overlay.getChildren().remove(ghost[0]);
                ghost[0] = null;
            }
            if (event.isStillSincePress()) {
                Position centre = canvas.centre();
                add.accept(kind, new Position(Math.round(centre.x() - TidyLayout.CARD_WIDTH / 2),
                        Math.round(centre.y() - TidyLayout.CARD_HEIGHT / 2)));
            } else if (canvas.showsScenePoint(event.getSceneX(), event.getSceneY())) {
                Position at = canvas.toCanvas(event.getSceneX(), event.getSceneY());
                // The card's middle lands under the pointer.
                add.accept(kind, new Position(Math.round(at.x() - TidyLayout.CARD_WIDTH / 2),
                        Math.round(at.y() - TidyLayout.CARD_HEIGHT / 2)));
            }
            event.consume();
        });
        return item;
    }
}
