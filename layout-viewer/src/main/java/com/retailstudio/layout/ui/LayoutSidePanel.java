package com.retailstudio.layout.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.ui.feedback.FeedbackLabel;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Store layouts side panel: the what-if being tried, the adjacency recommendations (selecting one highlights it
 * on the plan) with a small-sample warning, and the hovered zone's figures, on both plans when comparing.
 */
final class LayoutSidePanel extends ScrollPane {

    private static final String HOVER_HINT = "Hover a zone on the plan for its figures.";

    private final StoreLayoutViewModel model;
    private final Label zoneFigures = new Label();
    private final GridPane zoneComparison = new GridPane();

    LayoutSidePanel(StoreLayoutViewModel model) {
        this.model = model;
        WhatIfCard whatIfCard = new WhatIfCard(model::assumptions, model::undoMove);
        model.moves().whatIfProperty().addListener((o, before, now) -> whatIfCard.show(now));
        Label title = new Label("Adjacency recommendations");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("High-lift category pairs that sit far apart, and the swap with the largest expected "
                + "gain in co-purchases. Select one to see it on the plan.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label zoneTitle = new Label("Zone");
        zoneTitle.getStyleClass().add(Styles.TITLE_4);

        VBox panel = new VBox(8, whatIfCard, title, hint, sampleWarning(), recommendations(), zoneTitle, zoneBox());
        panel.setPadding(new Insets(12, 16, 12, 8));
        panel.setPrefWidth(340);
        panel.setMinWidth(280);
        // a short window scrolls the panel rather than cutting off the zone figures
        setContent(panel);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setMinWidth(280);
        setPrefWidth(340);
        model.hover().hoveredZoneProperty().addListener((o, before, now) -> showHoveredZone());
        model.snapshotProperty().addListener((o, before, now) -> showHoveredZone());
        model.compareSnapshotProperty().addListener((o, before, now) -> showHoveredZone());
    }

    private FeedbackLabel sampleWarning() {
        FeedbackLabel sampleWarning = new FeedbackLabel(model.sampleWarningProperty());
        sampleWarning.setId("layout-small-sample");
        sampleWarning.getStyleClass().add(Styles.TEXT_SMALL);
        return sampleWarning;
    }

    private ListView<AdjacencyRecommendation> recommendations() {
        ListView<AdjacencyRecommendation> list = new ListView<>(model.recommendations());
        list.setId("layout-recommendations");
        list.setCellFactory(view -> new RecommendationCell());
        // While the store is analysed there is nothing to judge yet: say so rather than "no pair".
        Label placeholder = new Label();
        placeholder.setId("layout-recommendations-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                .then("Analysing the store…").otherwise("No high-lift pair sits far apart."));
        list.setPlaceholder(placeholder);
        list.setMinHeight(80);
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) ->
                model.selectedRecommendationProperty().set(now));
        model.selectedRecommendationProperty().addListener((o, before, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private VBox zoneBox() {
        zoneFigures.setId("layout-zone-figures");
        zoneFigures.setText(HOVER_HINT);
        zoneFigures.setWrapText(true);
        zoneFigures.getStyleClass().add(Styles.TEXT_SMALL);
        zoneFigures.setMinHeight(Region.USE_PREF_SIZE);
        zoneFigures.setAlignment(Pos.TOP_LEFT);
        zoneComparison.setId("layout-zone-comparison");
        zoneComparison.setHgap(8);
        zoneComparison.setVgap(2);
        zoneComparison.setVisible(false);
        zoneComparison.setManaged(false);
        VBox zoneBox = new VBox(4, zoneFigures, zoneComparison);
        // a fixed height that holds the longest content (the comparison table), so hovering never reflows the panel
        zoneBox.setMinHeight(136);
        zoneBox.setPrefHeight(136);
        zoneBox.setMaxHeight(136);
        return zoneBox;
    }

    /** The hovered zone's figures: a list, or a table of both plans and the difference when comparing. */
    private void showHoveredZone() {
        List<ZoneHover.ZoneComparison> rows = model.hover().comparison();
        zoneComparison.getChildren().clear();
        if (rows.isEmpty()) {
            zoneFigures.setText(model.hover().hoveredZoneProperty().get() == null ? HOVER_HINT : model.hover().text());
            zoneComparison.setVisible(false);
            zoneComparison.setManaged(false);
            return;
        }
        LayoutSnapshot s = model.snapshotProperty().get();
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        // explicit lines: a wrapped label under-reports its height and would push the table out of the panel
        zoneFigures.setText(model.hover().title() + System.lineSeparator() + "Left: " + shortFilter(s.filter())
                + " · right: " + shortFilter(other.filter()));
        zoneComparison.addRow(0, new Label(), heading("Left"), heading("Right"), heading("Change"));
        int r = 1;
        for (ZoneHover.ZoneComparison row : rows) {
            Label figure = new Label(row.figure());
            figure.getStyleClass().add(Styles.TEXT_MUTED);
            Label difference = new Label(row.difference());
            difference.getStyleClass().add(Styles.TEXT_BOLD);
            zoneComparison.addRow(r++, figure, new Label(row.left()), new Label(row.right()), difference);
        }
        zoneComparison.getChildren().forEach(n -> n.getStyleClass().add(Styles.TEXT_SMALL));
        zoneComparison.setVisible(true);
        zoneComparison.setManaged(true);
    }

    /** The daypart, and the dates when limited, in a few words ("Saturday 1 Jun–14 Jun"). */
    private static String shortFilter(TimeFilter f) {
        if (f.from().isEmpty() && f.to().isEmpty()) {
            return DaypartPicker.shortName(f.daypart());
        }
        return DaypartPicker.shortName(f.daypart()) + " " + shortDates(f);
    }

    /** "1 Jun–14 Jun", an open end as "…". */
    static String shortDates(TimeFilter f) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        return f.from().map(day::format).orElse("…") + "–" + f.to().map(day::format).orElse("…");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** Rank, pair, lift, distance before and after, and the expected gain. */
    private static final class RecommendationCell extends ListCell<AdjacencyRecommendation> {
        @Override
        protected void updateItem(AdjacencyRecommendation r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label head = new Label(r.rank() + ". " + r.affinity().categoryA() + " + " + r.affinity().categoryB()
                    + String.format(Locale.ROOT, "  ·  lift %.2f", r.affinity().lift()));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            Label move = new Label(String.format(Locale.ROOT, "Move %s to %s%s", r.move().category(),
                    r.move().toZoneId(), r.move().swappedCategory().map(c -> " (swap with " + c + ")").orElse("")));
            Label gain = new Label(String.format(Locale.ROOT, "%.0f → %.0f m apart · %+.1f baskets · %+.0f revenue",
                    r.distanceM(), r.distanceAfterM(), r.expectedGain(), r.move().revenueDelta()));
            move.getStyleClass().add(Styles.TEXT_SMALL);
            gain.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            for (Label l : new Label[] {head, move, gain}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox box = new VBox(2, head, move, gain);
            box.setPadding(new Insets(4, 0, 4, 0));
            // a zero preferred width lets the cell follow the list's width and wrap instead of scrolling sideways
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
