package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.RuleOfThumbNote;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.StorePlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Markdowns section: KPIs of the plan against the rule-of-thumb baseline; the plan per product and store
 * (filter, sort, group by category or store, totals; rows changed by hand are marked); for the selected row its price
 * path as steps, projected stock and weekly revenue under the plan and the baseline and its fitted demand curve
 * ({@link MarkdownCharts}), with a step editor ({@link PriceStepEditor}: change a week's price by hand, Ctrl+Z to
 * undo); the rules editor; the export of the price changes (CSV or Excel); and, when
 * the application has a review workflow, "Submit for review".
 */
public final class MarkdownView extends StackPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    /** A line of the plan table: a product-store, or a group with its totals. */
    public sealed interface PlanRow permits Leaf, Group {
    }

    /** One product in one store. */
    public record Leaf(StorePlan plan) implements PlanRow {
    }

    /** A category or store with the totals of its shown rows. */
    public record Group(String name, PlanTotals totals) implements PlanRow {
    }

    private final MarkdownViewModel model;
    private final Function<String, Optional<Path>> chooseExportFile;
    private final HBox tiles = new HBox(12);
    private final Label subtitle = new Label();
    /** What the rule-of-thumb baseline is and, where the rules keep it from its 50 %, why (RuleOfThumbNote). */
    private final Label baselineNote = new Label();
    private final Label detailTitle = new Label();
    private final Label detailNote = new Label();
    private final Label totals = new Label();
    private final TreeTableView<PlanRow> table = new TreeTableView<>();
    private final PriceStepEditor stepEditor;
    private final MarkdownCharts charts = new MarkdownCharts();
    private final VBox content;
    private final VBox waiting;
    private final VBox empty;
    private boolean syncingSelection;

    public MarkdownView(MarkdownViewModel model) {
        this(model, suggested -> Optional.empty());
    }

    /**
     * @param chooseExportFile asks the user where to write the price changes, given a suggested file name; empty
     *                         when the user cancels. A name ending in .xlsx gets an Excel workbook, else CSV
     */
    public MarkdownView(MarkdownViewModel model, Function<String, Optional<Path>> chooseExportFile) {
        this.model = model;
        this.chooseExportFile = chooseExportFile;
        getStyleClass().add("markdown-view");

        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        Label failure = message(Styles.DANGER);
        failure.textProperty().bind(model.errorProperty());
        Label notice = message(Styles.WARNING);
        notice.textProperty().bind(model.noticeProperty());

        buildTable();
        stepEditor = new PriceStepEditor(model);

        detailTitle.setId("plan-detail-title");
        detailTitle.getStyleClass().add(Styles.TITLE_4);
        detailTitle.setWrapText(true);
        detailTitle.setMinHeight(Region.USE_PREF_SIZE);
        detailNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detailNote.setWrapText(true);
        detailNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox detail = new VBox(4, detailTitle, detailNote, charts);
        detail.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(charts, Priority.ALWAYS);

        RulesEditor rules = new RulesEditor(model);
        // Charts keep their least height in a short window; the row's panel scrolls to reach them.
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Tab rowTab = new Tab("Selected row", detailScroll);
        Tab rulesTab = new Tab("Rules", rules);
        rulesTab.setId("rules-tab");
        Tab scenariosTab = new Tab("Scenarios", new ScenariosPane(model.scenarios()));
        scenariosTab.setId("scenarios-tab");
        TabPane side = new TabPane(rowTab, rulesTab, scenariosTab);
        side.setId("markdown-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPadding(new Insets(0, 0, 0, 12));
        side.setMinWidth(SIDE_MIN_WIDTH);

        SplitPane split = new SplitPane(new BorderPane(table, toolbar(), null, footer(), null), side);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        baselineNote.setId("markdowns-baseline-note");
        baselineNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        baselineNote.setWrapText(true);
        baselineNote.setMinHeight(Region.USE_PREF_SIZE);
        content = new VBox(10, subtitle, tiles, baselineNote, failure, notice, split);
        content.setPadding(new Insets(16));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label busyLabel = new Label("Fitting demand and optimising markdowns…");
        busyLabel.getStyleClass().add(Styles.TEXT_MUTED);
        waiting = new VBox(12, spinner, busyLabel);
        waiting.setAlignment(Pos.CENTER);

        FontIcon icon = new FontIcon(Material2OutlinedMZ.TRENDING_DOWN);
        icon.setIconSize(40);
        Label emptyTitle = new Label("No data set to plan from");
        emptyTitle.getStyleClass().add(Styles.TITLE_4);
        Label emptyText = new Label("Import a data set with weekly sales in the Data section; the plan is built from "
                + "its sell-through history.");
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        empty = new VBox(8, icon, emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);

        getChildren().setAll(content, waiting, empty);
        model.resultProperty().addListener((o, a, b) -> refresh());
        model.busyProperty().addListener((o, a, b) -> refresh());
        model.selectedProperty().addListener((o, a, b) -> {
            showDetail(b);
            selectInTable(b);
        });
        model.shownRows().addListener((ListChangeListener<StorePlan>) change -> rebuildTable());
        model.groupingProperty().addListener((o, a, b) -> rebuildTable());
        model.shownTotalsProperty().addListener((o, a, b) -> showTotals());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingSelection && b != null && b.getValue() instanceof Leaf leaf) {
                model.selectedProperty().set(leaf.plan());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && model.undoChange()) {
                e.consume();
            }
        });
        rebuildTable();
        showTotals();
        refresh();
        if (model.resultProperty().get() == null && !model.busyProperty().get()) {
            model.start();
        }
    }

    /** The side panel's least width: its charts and rules stay readable, the table gives way first. */
    private static final double SIDE_MIN_WIDTH = 300;

    /** Rule breaches listed under a refused submission; the rest are counted. */
    private static final int SHOWN_PROBLEMS = 3;

    private static Label message(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private HBox toolbar() {
        TextField filter = new TextField();
        filter.setId("plan-filter");
        filter.setPromptText("Filter by product or store");
        filter.setTooltip(new Tooltip("Shows the rows whose product, name, category, store or price cluster "
                + "contains the text"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.setId("plan-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        Button export = new Button("Export…", new FontIcon(Material2AL.GET_APP));
        export.setId("plan-export");
        export.setTooltip(new Tooltip("Write the price changes per store, product and date as CSV or an Excel "
                + "workbook"));
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> {
            PlanResult r = model.resultProperty().get();
            String name = "price-changes-" + (r == null ? "" : r.asOf().plusWeeks(1)) + ".xlsx";
            chooseExportFile.apply(name).ifPresent(model::export);
        });
        export.setMinWidth(Region.USE_PREF_SIZE);
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(80);
        HBox bar = new HBox(8, filter, grouping, export);
        if (model.canSubmitForReview()) {
            Button submit = new Button("Submit for review", new FontIcon(Material2OutlinedMZ.SEND));
            submit.setId("plan-submit");
            submit.getStyleClass().add(Styles.ACCENT);
            submit.setMinWidth(Region.USE_PREF_SIZE);
            submit.setTooltip(new Tooltip("Save this plan, with your changes by hand and the rules it was planned "
                    + "under, as a new version and send it to Approvals & export"));
            submit.disableProperty().bind(model.resultProperty().isNull().or(model.busyProperty())
                    .or(model.submittingProperty()));
            submit.setOnAction(e -> model.submitForReview());
            bar.getChildren().add(submit);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private VBox footer() {
        totals.setId("plan-totals");
        totals.getStyleClass().add(Styles.TEXT_SMALL);
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        Label exported = message(Styles.TEXT_MUTED);
        exported.setId("plan-export-message");
        exported.getStyleClass().add(Styles.TEXT_SMALL);
        exported.textProperty().bind(model.exportMessageProperty());
        VBox submitted = submitted();
        Label stepMessage = stepEditor.message();
        LatestMessage.among(List.of(new LatestMessage.Source(stepMessage, stepMessage.textProperty()),
                new LatestMessage.Source(exported, exported.textProperty()),
                new LatestMessage.Source(submitted, model.submitMessageProperty())));
        VBox footer = new VBox(4, totals, stepEditor, stepMessage, exported, submitted);
        footer.setPadding(new Insets(6, 0, 0, 0));
        return footer;
    }

    /** What the last submission for review did, with the rules a refused plan breaks (the first few). */
    private VBox submitted() {
        Label message = message(Styles.SUCCESS);
        message.setId("plan-submit-message");
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.submitMessageProperty());
        model.submitRefusedProperty().addListener((o, a, refused) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(refused ? Styles.DANGER : Styles.SUCCESS);
        });
        Label problems = message(Styles.DANGER);
        problems.setId("plan-submit-problems");
        problems.getStyleClass().add(Styles.TEXT_SMALL);
        problems.setPadding(new Insets(0, 0, 0, 12));
        model.submitProblems().addListener((ListChangeListener<String>) change -> {
            List<String> all = model.submitProblems();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Math.min(all.size(), SHOWN_PROBLEMS); i++) {
                text.append(i == 0 ? "" : "\n").append("• ").append(all.get(i));
            }
            if (all.size() > SHOWN_PROBLEMS) {
                text.append(String.format(Locale.ROOT, "\n… and %,d more", all.size() - SHOWN_PROBLEMS));
            }
            problems.setText(text.toString());
        });
        VBox box = new VBox(2, message, problems);
        box.managedProperty().bind(message.visibleProperty());
        box.visibleProperty().bind(message.visibleProperty());
        return box;
    }

    private void showTotals() {
        PlanTotals t = model.shownTotalsProperty().get();
        totals.setText(String.format(Locale.ROOT, "%,d of %,d product-stores · margin %s · gain %+,.0f vs rule of "
                        + "thumb · sold %.0f %% · %,.0f units left", t.rows(), model.rows().size(), money(t.margin()),
                t.gain(), t.sellThrough() * 100, t.leftover()));
    }

    private void refresh() {
        PlanResult r = model.resultProperty().get();
        boolean busy = model.busyProperty().get();
        waiting.setVisible(busy && r == null);
        empty.setVisible(!busy && r == null);
        content.setVisible(r != null);
        content.setDisable(false);
        if (r == null) {
            return;
        }
        PlanSummary s = r.summary();
        baselineNote.setText(RuleOfThumbNote.describe(r.plans()));
        subtitle.setText(String.format(Locale.ROOT, "%,d product-stores from week of %s to exit · %d products fitted "
                        + "from weekly sell-through · projected under the fitted demand · baseline: rule of thumb%s",
                s.productStores(),
                DAY.format(r.asOf().plusWeeks(1)), r.demand().size(), busy ? " · re-planning…" : ""));
        String objective = s.objectiveName().substring(0, 1).toUpperCase(Locale.ROOT) + s.objectiveName().substring(1);
        double gain = s.baselineObjective() == 0 ? 0
                : (s.objectiveValue() - s.baselineObjective()) / Math.abs(s.baselineObjective()) * 100;
        tiles.getChildren().setAll(
                tile(objective + " (objective)", money(s.objectiveValue()), String.format(Locale.ROOT,
                        "%+.1f %% vs baseline %s · keeping prices %s", gain, money(s.baselineObjective()),
                        money(s.keepObjective())), gain >= 0 ? Styles.SUCCESS : Styles.DANGER),
                tile("Sell-through", percent(s.sellThrough()), "baseline " + percent(s.baselineSellThrough())
                        + (s.targetMissed() > 0 ? String.format(Locale.ROOT, " · target infeasible for %,d",
                        s.targetMissed()) : ""), null),
                tile("Left at exit", String.format(Locale.ROOT, "%,.0f units", s.leftoverUnits()),
                        String.format(Locale.ROOT, "baseline %,.0f units", s.baselineLeftoverUnits()), null),
                tile("Price changes", String.format(Locale.ROOT, "%,d", s.priceChanges()),
                        String.format(Locale.ROOT, "%,d of %,d product-stores hold the price · markdown cost %s%s",
                                s.holdingPrice(), s.productStores(), money(s.markdownCost()), budget(r)), null));
        showTotals();
        table.refresh();
        selectInTable(model.selectedProperty().get());
        showDetail(model.selectedProperty().get());
    }

    /** The plan-wide markdown budget after the markdown cost: " of 5,000 budget per plan (binding)", or nothing. */
    private static String budget(PlanResult r) {
        com.retailstudio.markdown.model.BudgetUse b = r.budget();
        if (!b.hasBudget()) {
            return "";
        }
        double objective = r.summary().objectiveValue();
        String state = !b.binding() ? "not binding" : b.optimal(objective) ? "binding, proven optimal"
                : "binding, at most " + money(b.gap(objective)) + " below the best plan it allows";
        return " of " + money(b.budget()) + " budget per plan (" + state + ")";
    }

    private void buildTable() {
        table.setId("plan-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TreeTableColumn<PlanRow, String> mark = new TreeTableColumn<>("");
        mark.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() instanceof Leaf leaf
                && model.isOverridden(leaf.plan()) ? "changed" : ""));
        mark.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(null);
                if (emptyCell || item == null || item.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    FontIcon pencil = new FontIcon(Material2OutlinedAL.EDIT);
                    pencil.getStyleClass().add(Styles.ACCENT);
                    setGraphic(pencil);
                    setTooltip(new Tooltip("Changed by hand"));
                }
            }
        });
        mark.setPrefWidth(28);
        mark.setMinWidth(28);
        mark.setMaxWidth(28);
        mark.setSortable(false);
        mark.setId("plan-changed");
        table.getColumns().setAll(List.of(mark,
                text("Product", r -> r instanceof Group g ? g.name() + " (" + g.totals().rows() + ")"
                        : ((Leaf) r).plan().productId() + "  " + ((Leaf) r).plan().productName(), 150),
                text("Store", r -> r instanceof Leaf l ? l.plan().storeId() : "", 60),
                text("Elast.", r -> {
                    if (r instanceof Leaf l) {
                        ProductDemand d = model.demandOf(l.plan());
                        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d.elasticity());
                    }
                    return "";
                }, 60),
                text("Markdowns", r -> r instanceof Leaf l ? describePlan(l.plan()) : "", 170),
                number("Margin", r -> r instanceof Leaf l ? l.plan().plan().margin() : ((Group) r).totals().margin(),
                        MarkdownView::money, 76),
                number("Gain", r -> r instanceof Leaf l ? l.plan().plan().margin() - l.plan().baseline().margin()
                        : ((Group) r).totals().gain(), v -> String.format(Locale.ROOT, "%+,.0f", v), 64),
                number("Sold", r -> r instanceof Leaf l ? l.plan().plan().sellThrough()
                        : ((Group) r).totals().sellThrough(), v -> String.format(Locale.ROOT, "%.0f %%", v * 100), 62),
                number("Left", r -> r instanceof Leaf l ? l.plan().plan().leftover() : ((Group) r).totals().leftover(),
                        v -> String.format(Locale.ROOT, "%,.0f", v), 52)));
        table.setPlaceholder(new Label("No product-store matches."));
        table.setRoot(new TreeItem<>());
    }

    /** Rebuilds the tree from the shown rows and the grouping, keeping the sort order and the selection. */
    private void rebuildTable() {
        TreeItem<PlanRow> root = new TreeItem<>();
        Grouping grouping = model.groupingProperty().get();
        if (grouping == Grouping.NONE) {
            for (StorePlan p : model.shownRows()) {
                root.getChildren().add(new TreeItem<>(new Leaf(p)));
            }
        } else {
            for (Map.Entry<String, List<StorePlan>> g : model.groups().entrySet()) {
                TreeItem<PlanRow> group = new TreeItem<>(new Group(g.getKey(), PlanTotals.of(g.getValue())));
                group.setExpanded(true);
                for (StorePlan p : g.getValue()) {
                    group.getChildren().add(new TreeItem<>(new Leaf(p)));
                }
                root.getChildren().add(group);
            }
        }
        syncingSelection = true;
        try {
            table.setRoot(root);
            table.sort();
        } finally {
            syncingSelection = false;
        }
        selectInTable(model.selectedProperty().get());
    }

    private void selectInTable(StorePlan plan) {
        if (plan == null || table.getRoot() == null) {
            return;
        }
        TreeItem<PlanRow> found = find(table.getRoot(), plan.key());
        if (found != null && found != table.getSelectionModel().getSelectedItem()) {
            syncingSelection = true;
            try {
                table.getSelectionModel().select(found);
            } finally {
                syncingSelection = false;
            }
        }
    }

    private static TreeItem<PlanRow> find(TreeItem<PlanRow> item, String key) {
        if (item.getValue() instanceof Leaf leaf && leaf.plan().key().equals(key)) {
            return item;
        }
        for (TreeItem<PlanRow> child : item.getChildren()) {
            TreeItem<PlanRow> found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeTableColumn<PlanRow, String> text(String name, Function<PlanRow, String> value,
                                                         double width) {
        TreeTableColumn<PlanRow, String> c = new TreeTableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width <= 60 ? width : 90);
        return c;
    }

    private static TreeTableColumn<PlanRow, Double> number(String name, Function<PlanRow, Double> value,
                                                           Function<Double, String> format, double width) {
        TreeTableColumn<PlanRow, Double> c = new TreeTableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue() == null ? null
                : value.apply(cell.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Double item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** "7 Sep −30 % · 21 Sep −50 %", or "Hold" when the plan keeps today's price. */
    static String describePlan(StorePlan p) {
        StringBuilder out = new StringBuilder();
        int previous = p.currentCents();
        for (int t = 0; t < p.planCents().length; t++) {
            int now = p.planCents()[t];
            if (now != previous) {
                if (out.length() > 0) {
                    out.append(" · ");
                }
                out.append(DAY.format(p.weeks().get(t))).append(' ')
                        .append(String.format(Locale.ROOT, "−%.0f %%", (1 - now / (p.fullPrice() * 100)) * 100));
            }
            previous = now;
        }
        return out.length() == 0 ? "Hold at today's price" : out.toString();
    }

    private void showDetail(StorePlan p) {
        stepEditor.show(p);
        charts.show(p);
        if (p == null) {
            detailTitle.setText("");
            detailNote.setText("");
            return;
        }
        detailTitle.setText(p.productId() + " " + p.productName() + " · " + p.storeId() + " (cluster " + p.cluster()
                + ")" + (model.isOverridden(p) ? " · changed by hand" : ""));
        ProductDemand d = model.demandOf(p);
        detailNote.setText(String.format(Locale.ROOT, "Full price %s, cost %s · elasticity %.2f (95 %% CI %.2f to "
                        + "%.2f) · margin %s vs %s under the rule of thumb · exit after the week of %s",
                price(p.fullPrice()),
                price(p.unitCost()), d == null ? Double.NaN : d.elasticity(), d == null ? Double.NaN
                        : d.elasticityLow(), d == null ? Double.NaN : d.elasticityHigh(), money(p.plan().margin()),
                money(p.baseline().margin()), DAY.format(p.weeks().get(p.weeks().size() - 1))));
    }

    private static VBox tile(String caption, String value, String note, String accent) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        captionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add(Styles.TITLE_4);
        // The figure is never cut short; its note wraps under it in a narrow window.
        valueLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label noteLabel = new Label(note);
        noteLabel.setWrapText(true);
        noteLabel.setMinHeight(Region.USE_PREF_SIZE);
        noteLabel.getStyleClass().addAll(Styles.TEXT_SMALL);
        if (accent != null) {
            noteLabel.getStyleClass().add(accent);
        } else {
            noteLabel.getStyleClass().add(Styles.TEXT_MUTED);
        }
        VBox tile = new VBox(2, captionLabel, valueLabel, noteLabel);
        tile.getStyleClass().add("summary-tile");
        tile.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static String money(double v) {
        // −0.3 reads "0", not "-0"
        return String.format(Locale.ROOT, "%,.0f", Math.abs(v) < 0.5 ? 0.0 : v);
    }

    private static String price(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static LocalDate first(StorePlan p) {
        return p.weeks().get(0);
    }
}
