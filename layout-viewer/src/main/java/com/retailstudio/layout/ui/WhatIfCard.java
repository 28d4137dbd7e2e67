package com.retailstudio.layout.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.layout.model.WhatIfResult;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The what-if being tried on the plan: the move, expected co-purchase baskets before and after, the pairs it moves
 * most, the model's stated assumptions, and a button to take it back.
 */
final class WhatIfCard extends VBox {

    private final Supplier<List<String>> assumptionsOf;
    private final Runnable undoMove;

    WhatIfCard(Supplier<List<String>> assumptionsOf, Runnable undoMove) {
        super(4);
        this.assumptionsOf = assumptionsOf;
        this.undoMove = undoMove;
        setId("layout-what-if");
        setPadding(new Insets(8));
        getStyleClass().add("layout-what-if");
        show(null);
    }

    /** Shows the move being tried, or how to try one when null. */
    void show(WhatIfResult move) {
        getChildren().clear();
        if (move == null) {
            Label hint = new Label("What-if: drag a category's label on the plan onto another category zone.");
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            getChildren().add(hint);
            return;
        }
        Label title = new Label(String.format(Locale.ROOT, "What-if: %s to %s%s", move.category(), move.toZoneId(),
                move.swappedCategory().map(c -> " (swap with " + c + ")").orElse("")));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label figures = new Label(String.format(Locale.ROOT,
                "Co-purchase baskets %,.1f → %,.1f (%+.1f) · revenue %+,.0f over the period",
                move.coPurchasesBefore(), move.coPurchasesAfter(), move.coPurchaseDelta(), move.revenueDelta()));
        figures.setId("layout-what-if-figures");
        figures.getStyleClass().add(move.coPurchaseDelta() >= 0 ? Styles.SUCCESS : Styles.DANGER);
        StringBuilder pairs = new StringBuilder();
        move.changes().stream().limit(2).forEach(c -> pairs.append(String.format(Locale.ROOT,
                "%s + %s: %.0f → %.0f m, %.1f → %.1f baskets%n", c.categoryA(), c.categoryB(), c.distanceBeforeM(),
                c.distanceAfterM(), c.coPurchasesBefore(), c.coPurchasesAfter())));
        if (move.changes().size() > 2) {
            pairs.append("and ").append(move.changes().size() - 2).append(" more pairs\n");
        }
        Label changed = new Label(pairs.toString().strip());
        StringBuilder text = new StringBuilder("Assumptions:");
        assumptionsOf.get().forEach(a -> text.append("\n• ").append(a));
        Label assumptions = new Label(text.toString());
        assumptions.setId("layout-what-if-assumptions");
        assumptions.getStyleClass().add(Styles.TEXT_MUTED);
        Button undo = new Button("Undo move (Ctrl+Z)", new FontIcon(Material2OutlinedMZ.UNDO));
        undo.setId("layout-what-if-undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.setOnAction(e -> undoMove.run());
        for (Label l : List.of(title, figures, changed, assumptions)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        for (Label l : List.of(figures, changed, assumptions)) {
            l.getStyleClass().add(Styles.TEXT_SMALL);
        }
        getChildren().addAll(title, figures, changed, assumptions, undo);
    }
}
