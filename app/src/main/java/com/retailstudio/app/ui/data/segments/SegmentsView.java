package com.retailstudio.app.ui.data.segments;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.ui.properties.ConditionGroupEditor;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.tiles.KpiTile;
import com.retailstudio.ui.tiles.KpiTileRow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Segments tab of the Data explorer: saved segments on the left, with the opened one's versions; the one edited in
 * the middle, with the journeys' condition editor and the comparison of two of its versions; on the right its size
 * and share on the active data set, and bar charts of who is in it by home store, region, consent per purpose and age
 * band, recounted as it is edited.
 */
public final class SegmentsView extends BorderPane {

    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SegmentsViewModel model;
    private final DialogService dialogs;
    private final ChartPalette.Probe palette;
    private final Label size = new Label("…");
    private final Label share = new Label("…");
    private final List<ChartView> charts = List.of(chart("segment-chart-store"), chart("segment-chart-region"),
            chart("segment-chart-consent"), chart("segment-chart-age"));

    /** A Segments tab that asks nothing: deleting is never confirmed, so never done. */
    public SegmentsView(SegmentsViewModel model) {
        this(model, DialogService.none());
    }

    /** @param dialogs asks before a segment is deleted */
    public SegmentsView(SegmentsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.palette = new ChartPalette.Probe();
        setId("segments-view");
        getChildren().add(palette.node());
        SplitPane split = new SplitPane(list(), editor(), figures());
        split.setDividerPositions(0.2, 0.56);
        setCenter(split);
        model.breakdownProperty().addListener((observable, before, now) -> draw(now));
        palette.onChange(() -> draw(model.breakdownProperty().get()));
        draw(model.breakdownProperty().get());
        model.refresh();
    }

    private VBox list() {
        ListView<SegmentVersion> saved = new ListView<>(model.segments());
        saved.setId("segment-list");
        saved.setPlaceholder(new Label("No saved segments yet."));
        saved.setCellFactory(view -> new SegmentCell());
        saved.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null && !sameSegment(chosen, model.openedProperty().get())) {
                model.open(chosen);
            }
        });
        // the segment opened (its new version after a save, or an older version) is the one shown as chosen
        model.openedProperty().addListener((observable, before, now) -> {
            SegmentVersion row = now == null ? null : model.segments().stream().filter(v -> sameSegment(v, now))
                    .findFirst().orElse(null);
            if (row == null) {
                saved.getSelectionModel().clearSelection();
            } else if (!row.equals(saved.getSelectionModel().getSelectedItem())) {
                saved.getSelectionModel().select(row);
            }
        });
        Button add = new Button("New segment", new FontIcon(Material2OutlinedAL.ADD));
        add.setId("segment-new");
        add.setOnAction(event -> {
            saved.getSelectionModel().clearSelection();
            model.newSegment();
        });
        Button delete = new Button("Delete", new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
        delete.setId("segment-delete");
        delete.disableProperty().bind(model.openedProperty().isNull());
        delete.setOnAction(event -> confirmDelete());
        Label title = new Label("Saved segments");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(saved, Priority.ALWAYS);
        add.setMinWidth(Button.USE_PREF_SIZE);
        delete.setMinWidth(Button.USE_PREF_SIZE);
        // the buttons wrap under each other when the list is narrow, never cut to "…"
        FlowPane buttons = new FlowPane(8, 8, add, delete);
        VBox box = new VBox(8, title, saved, buttons, new Separator(),
                SegmentVersionsParts.list(model.versions(), model.openedProperty(), model::open));
        box.setPadding(new Insets(12));
        box.setMinWidth(0);
        return box;
    }

    private void confirmDelete() {
        SegmentVersion opened = model.openedProperty().get();
        if (opened != null && dialogs.confirm("Delete segment", "Delete “" + opened.segment().name() + "”? It leaves "
                + "the list of segments; its versions stay in the workspace's history.", "Delete")) {
            model.delete();
        }
    }

    private static boolean sameSegment(SegmentVersion a, SegmentVersion b) {
        return a != null && b != null && a.segment().id().equals(b.segment().id());
    }

    /** A saved segment: its name, cut with "…" when long (the whole name in the tooltip), and its newest version. */
    private static final class SegmentCell extends ListCell<SegmentVersion> {
        private final Label name = new Label();
        private final Label number = new Label();
        private final HBox row = new HBox(8, name, number);

        SegmentCell() {
            // the cell takes the list's width instead of its text's, so the list never scrolls sideways
            setPrefWidth(0);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            number.setMinWidth(Label.USE_PREF_SIZE);
            number.getStyleClass().add(Styles.TEXT_MUTED);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SegmentVersion item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(item.segment().name());
            number.setText("v" + item.number());
            setGraphic(row);
            setTooltip(new Tooltip(item.segment().name() + " (" + item.segment().id() + ", version " + item.number()
                    + ")"));
        }
    }

    private ScrollPane editor() {
        TextField name = new TextField();
        name.setId("segment-name");
        name.setPromptText("e.g. Gold customers we may e-mail");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField description = new TextField();
        description.setId("segment-description");
        description.setPromptText("What the segment is for (optional)");
        description.textProperty().bindBidirectional(model.descriptionProperty());

        StackPane conditions = new StackPane();
        model.conditionsProperty().addListener((observable, before, now) -> conditions.getChildren().setAll(
                ConditionGroupEditor.standalone(now, "segment-conditions", model::conditionsChanged)));
        conditions.getChildren().setAll(ConditionGroupEditor.standalone(model.conditionsProperty().get(),
                "segment-conditions", model::conditionsChanged));

        Button save = new Button("Save version", new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("segment-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Label version = new Label();
        version.setId("segment-version");
        version.textProperty().bind(model.versionProperty());
        version.getStyleClass().add(Styles.TEXT_MUTED);
        save.setMinWidth(Button.USE_PREF_SIZE);
        version.setWrapText(true);
        version.setMinWidth(0);
        HBox actions = new HBox(12, save, version);
        actions.setAlignment(Pos.CENTER_LEFT);
        FeedbackLabel feedback = new FeedbackLabel(model.feedbackProperty());
        feedback.setId("segment-feedback");

        VBox form = new VBox(8, heading("Name"), name, heading("Description"), description,
                heading("Who is in it"), conditions, actions, feedback, new Separator(),
                SegmentVersionsParts.comparison(model.versions()));
        form.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private ScrollPane figures() {
        KpiTile sizeTile = new KpiTile("Customers in the segment", "…").withValueId("segment-size");
        sizeTile.value().textProperty().bind(size.textProperty());
        KpiTile shareTile = new KpiTile("Share of the data set", "…").withValueId("segment-share");
        shareTile.value().textProperty().bind(share.textProperty());
        KpiTileRow tiles = new KpiTileRow(12);
        tiles.getChildren().addAll(sizeTile, shareTile);
        Label note = new Label();
        note.setId("segment-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.problemProperty().get().isEmpty()) {
                return model.problemProperty().get();
            }
            AudienceBreakdown b = model.breakdownProperty().get();
            return b == null ? "Counting on the active data set…" : String.format(Locale.ROOT,
                    "Of %,d customers, at the end of the data (%s). Home store: where most of a customer's "
                            + "baskets were; region: country of residence.", b.customers(), AS_OF.format(b.asOf()));
        }, model.problemProperty(), model.breakdownProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < charts.size(); i++) {
            GridPane.setHgrow(charts.get(i), Priority.ALWAYS);
            grid.add(charts.get(i), i % 2, i / 2);
        }
        VBox box = new VBox(12, tiles, note, grid);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void draw(AudienceBreakdown b) {
        size.setText(b == null ? "—" : String.format(Locale.ROOT, "%,d", b.size()));
        share.setText(b == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * b.share()));
        Map<String, Integer> empty = Map.of();
        ChartPalette colours = palette.palette();
        charts.get(0).setChart(SegmentCharts.bars("Home store", b == null ? empty : b.byStore(), colours, false));
        charts.get(1).setChart(SegmentCharts.bars("Region", b == null ? empty : b.byRegion(), colours, false));
        charts.get(2).setChart(SegmentCharts.bars("Consent granted", b == null ? empty : b.byConsent(), colours,
                true));
        charts.get(3).setChart(SegmentCharts.bars("Age band", b == null ? empty : b.byAgeBand(), colours, false));
    }

    private static ChartView chart(String id) {
        ChartView chart = new ChartView(SegmentCharts.bars("", Map.of(), ChartPalette.fallback(), false));
        chart.setId(id);
        chart.setMinSize(260, 220);
        chart.setPrefSize(320, 240);
        return chart;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
