package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.markdown.model.BudgetUse;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.RuleOfThumbNote;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.dialog.FileType;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.section.SectionFrame;
import com.retailstudio.ui.tiles.KpiTile;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Markdowns section: KPIs of the plan against the rule-of-thumb baseline; the plan per product and store
 * ({@link PlanTreeTable}: filter, sort, group by category or store, totals; rows changed by hand are marked); for the
 * selected row its price path as steps, projected stock and weekly revenue under the plan and the baseline and its
 * fitted demand curve ({@link MarkdownCharts}), with a step editor ({@link PriceStepEditor}: change a week's price by
 * hand, Ctrl+Z to undo); the rules editor; the export of the price changes (CSV or Excel); and, when the application
 * has a review workflow, "Submit for review". It sits in the kit's {@link SectionFrame}: an empty state without a data
 * set, and progress with Cancel while the first plan is made.
 */
public final class MarkdownView extends StackPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final String STYLESHEET = Objects.requireNonNull(
            MarkdownView.class.getResource("markdowns.css")).toExternalForm();
    /** The side panel's least width: its charts and rules stay readable, the table gives way first. */
    private static final double SIDE_MIN_WIDTH = 300;
    /** Rule breaches listed under a refused submission; the rest are counted. */
    private static final int SHOWN_PROBLEMS = 3;

    private final MarkdownViewModel model;
    private final DialogService dialogs;
    private final HBox tiles = new HBox(12);
    private final Label subtitle = new Label();
    /** What the rule-of-thumb baseline is and, where the rules keep it from its 50 %, why (RuleOfThumbNote). */
    private final Label baselineNote = new Label();
    private final Label detailTitle = new Label();
    private final Label detailNote = new Label();
    private final Label totals = new Label();
    private final PlanTreeTable table;
    private final PriceStepEditor stepEditor;
    private final MarkdownCharts charts = new MarkdownCharts();

    /** A section shown alone, whose export asks no one (there is no file to write to). */
    public MarkdownView(MarkdownViewModel model) {
        this(model, DialogService.none());
    }

    /** @param dialogs asks where to write the price changes: a name ending in .xlsx gets an Excel workbook, else CSV */
    public MarkdownView(MarkdownViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("markdown-view");
        getStylesheets().add(STYLESHEET);
        table = new PlanTreeTable(model);
        stepEditor = new PriceStepEditor(model);

        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        wrapped(subtitle);
        detailTitle.setId("plan-detail-title");
        detailTitle.getStyleClass().add(Styles.TITLE_4);
        wrapped(detailTitle);
        detailNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        wrapped(detailNote);
        VBox detail = new VBox(4, detailTitle, detailNote, charts);
        detail.getStyleClass().add("plan-detail");
        VBox.setVgrow(charts, Priority.ALWAYS);

        // Charts keep their least height in a short window; the row's panel scrolls to reach them.
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Tab rulesTab = new Tab("Rules", new RulesEditor(model));
        rulesTab.setId("rules-tab");
        Tab scenariosTab = new Tab("Scenarios", new ScenariosPane(model.scenarios()));
        scenariosTab.setId("scenarios-tab");
        TabPane side = new TabPane(new Tab("Selected row", detailScroll), rulesTab, scenariosTab);
        side.setId("markdown-side");
        side.getStyleClass().add("markdown-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(SIDE_MIN_WIDTH);

        SplitPane split = new SplitPane(new BorderPane(table, toolbar(), null, footer(), null), side);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        baselineNote.setId("markdowns-baseline-note");
        baselineNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        wrapped(baselineNote);
        VBox content = new VBox(subtitle, tiles, baselineNote, new FeedbackLabel(model.errorProperty()),
                new FeedbackLabel(model.noticeProperty()), split);
        content.getStyleClass().add("markdown-content");

        SectionFrame frame = new SectionFrame(content);
        frame.emptyStateProperty().set(emptyState());
        frame.emptyProperty().bind(model.resultProperty().isNull());
        frame.busyProperty().bind(model.busyProperty().and(model.resultProperty().isNull()));
        frame.taskProperty().bind(model.runningProperty());
        frame.busyTextProperty().set("Fitting demand and optimising markdowns…");
        getChildren().setAll(frame);

        model.resultProperty().addListener((o, a, b) -> refresh());
        model.busyProperty().addListener((o, a, b) -> refresh());
        model.table().selectedProperty().addListener((o, a, b) -> showDetail(b));
        model.table().shownTotalsProperty().addListener((o, a, b) -> showTotals());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && model.overrides().undoChange()) {
                e.consume();
            }
        });
        showTotals();
        refresh();
        if (model.resultProperty().get() == null && !model.busyProperty().get()) {
            model.start();
        }
    }

    private static void wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static VBox emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.TRENDING_DOWN);
        icon.setIconSize(40);
        Label emptyTitle = new Label("No data set to plan from");
        emptyTitle.getStyleClass().add(Styles.TITLE_4);
        Label emptyText = new Label("Import a data set with weekly sales in the Data section; the plan is built from "
                + "its sell-through history.");
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        VBox empty = new VBox(8, icon, emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);
        return empty;
    }

    private HBox toolbar() {
        TextField filter = new TextField();
        filter.setId("plan-filter");
        filter.setPromptText("Filter by product or store");
        filter.setTooltip(new Tooltip("Shows the rows whose product, name, category, store or price cluster "
                + "contains the text"));
        filter.textProperty().bindBidirectional(model.table().filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.setId("plan-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.valueProperty().bindBidirectional(model.table().groupingProperty());
        Button export = new Button("Export…", new FontIcon(Material2AL.GET_APP));
        export.setId("plan-export");
        export.setTooltip(new Tooltip("Write the price changes per store, product and date as CSV or an Excel "
                + "workbook"));
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> dialogs.chooseFileToSave("Export the price changes",
                model.export().suggestedFileName(), List.of(new FileType("Excel workbook (*.xlsx)", "*.xlsx"),
                        new FileType("CSV (*.csv)", "*.csv"))).ifPresent(model.export()::export));
        export.setMinWidth(Region.USE_PREF_SIZE);
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(80);
        HBox bar = new HBox(8, filter, grouping, export);
        if (model.submission().isAvailable()) {
            Button submit = new Button("Submit for review", new FontIcon(Material2OutlinedMZ.SEND));
            submit.setId("plan-submit");
            submit.getStyleClass().add(Styles.ACCENT);
            submit.setMinWidth(Region.USE_PREF_SIZE);
            submit.setTooltip(new Tooltip("Save this plan, with your changes by hand and the rules it was planned "
                    + "under, as a new version and send it to Approvals & export"));
            submit.disableProperty().bind(model.resultProperty().isNull().or(model.busyProperty())
                    .or(model.submission().submittingProperty()));
            submit.setOnAction(e -> model.submission().submit());
            bar.getChildren().add(submit);
        }
        bar.getStyleClass().add("plan-toolbar");
        return bar;
    }

    private VBox footer() {
        totals.setId("plan-totals");
        totals.getStyleClass().add(Styles.TEXT_SMALL);
        wrapped(totals);
        FeedbackLabel exported = small(new FeedbackLabel(model.export().feedbackProperty()), "plan-export-message");
        FeedbackLabel stepMessage = small(new FeedbackLabel(model.overrides().feedbackProperty()), "step-message");
        FeedbackLabel submitMessage = small(new FeedbackLabel(model.submission().feedbackProperty()),
                "plan-submit-message");
        VBox submitted = new VBox(2, submitMessage, submitProblems());
        submitted.visibleProperty().bind(submitMessage.visibleProperty());
        submitted.managedProperty().bind(submitMessage.visibleProperty());
        LatestMessage.among(List.of(new LatestMessage.Source(stepMessage, stepMessage.textProperty()),
                new LatestMessage.Source(exported, exported.textProperty()),
                new LatestMessage.Source(submitted, submitMessage.textProperty())));
        VBox footer = new VBox(4, totals, stepEditor, stepMessage, exported, submitted);
        footer.getStyleClass().add("plan-footer");
        return footer;
    }

    private static FeedbackLabel small(FeedbackLabel label, String id) {
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    /** The rules a refused plan breaks (the first few), under the submission's message. */
    private Label submitProblems() {
        Label problems = new Label();
        problems.setId("plan-submit-problems");
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "plan-submit-problems");
        wrapped(problems);
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        model.submission().problems().addListener((ListChangeListener<String>) change -> {
            List<String> all = model.submission().problems();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Math.min(all.size(), SHOWN_PROBLEMS); i++) {
                text.append(i == 0 ? "" : "\n").append("• ").append(all.get(i));
            }
            if (all.size() > SHOWN_PROBLEMS) {
                text.append(String.format(Locale.ROOT, "\n… and %,d more", all.size() - SHOWN_PROBLEMS));
            }
            problems.setText(text.toString());
        });
        return problems;
    }

    private void showTotals() {
        PlanTotals t = model.table().shownTotalsProperty().get();
        totals.setText(String.format(Locale.ROOT, "%,d of %,d product-stores · margin %s · gain %+,.0f vs rule of "
                        + "thumb · sold %.0f %% · %,.0f units left", t.rows(), model.table().rows().size(),
                MarkdownFormat.money(t.margin()), t.gain(), t.sellThrough() * 100, t.leftover()));
    }

    private void refresh() {
        PlanResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        PlanSummary s = r.summary();
        baselineNote.setText(RuleOfThumbNote.describe(r.plans()));
        subtitle.setText(String.format(Locale.ROOT, "%,d product-stores from week of %s to exit · %d products fitted "
                        + "from weekly sell-through · projected under the fitted demand · baseline: rule of thumb%s",
                s.productStores(), DAY.format(r.asOf().plusWeeks(1)), r.demand().size(),
                model.busyProperty().get() ? " · re-planning…" : ""));
        tiles.getChildren().setAll(tiles(r));
        showTotals();
        table.refresh();
        table.select(model.table().selectedProperty().get());
        showDetail(model.table().selectedProperty().get());
    }

    private static List<KpiTile> tiles(PlanResult r) {
        PlanSummary s = r.summary();
        String objective = s.objectiveName().substring(0, 1).toUpperCase(Locale.ROOT) + s.objectiveName().substring(1);
        double gain = s.baselineObjective() == 0 ? 0
                : (s.objectiveValue() - s.baselineObjective()) / Math.abs(s.baselineObjective()) * 100;
        return List.of(
                new KpiTile(objective + " (objective)", MarkdownFormat.money(s.objectiveValue()),
                        String.format(Locale.ROOT, "%+.1f %% vs baseline %s · keeping prices %s", gain,
                                MarkdownFormat.money(s.baselineObjective()), MarkdownFormat.money(s.keepObjective())),
                        gain >= 0 ? KpiTile.Tone.POSITIVE : KpiTile.Tone.NEGATIVE),
                new KpiTile("Sell-through", MarkdownFormat.percent(s.sellThrough()), "baseline "
                        + MarkdownFormat.percent(s.baselineSellThrough()) + (s.targetMissed() > 0
                        ? String.format(Locale.ROOT, " · target infeasible for %,d", s.targetMissed()) : ""),
                        KpiTile.Tone.NEUTRAL),
                new KpiTile("Left at exit", String.format(Locale.ROOT, "%,.0f units", s.leftoverUnits()),
                        String.format(Locale.ROOT, "baseline %,.0f units", s.baselineLeftoverUnits()),
                        KpiTile.Tone.NEUTRAL),
                new KpiTile("Price changes", String.format(Locale.ROOT, "%,d", s.priceChanges()),
                        String.format(Locale.ROOT, "%,d of %,d product-stores hold the price · markdown cost %s%s",
                                s.holdingPrice(), s.productStores(), MarkdownFormat.money(s.markdownCost()),
                                budget(r)), KpiTile.Tone.NEUTRAL));
    }

    /** The plan-wide markdown budget after the markdown cost: " of 5,000 budget per plan (binding)", or nothing. */
    private static String budget(PlanResult r) {
        BudgetUse b = r.budget();
        if (!b.hasBudget()) {
            return "";
        }
        double objective = r.summary().objectiveValue();
        String state = !b.binding() ? "not binding" : b.optimal(objective) ? "binding, proven optimal"
                : "binding, at most " + MarkdownFormat.money(b.gap(objective)) + " below the best plan it allows";
        return " of " + MarkdownFormat.money(b.budget()) + " budget per plan (" + state + ")";
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
                + ")" + (model.overrides().isOverridden(p) ? " · changed by hand" : ""));
        ProductDemand d = model.demandOf(p);
        detailNote.setText(String.format(Locale.ROOT, "Full price %s, cost %s · elasticity %.2f (95 %% CI %.2f to "
                        + "%.2f) · margin %s vs %s under the rule of thumb · exit after the week of %s",
                MarkdownFormat.price(p.fullPrice()), MarkdownFormat.price(p.unitCost()),
                d == null ? Double.NaN : d.elasticity(), d == null ? Double.NaN : d.elasticityLow(),
                d == null ? Double.NaN : d.elasticityHigh(), MarkdownFormat.money(p.plan().margin()),
                MarkdownFormat.money(p.baseline().margin()), DAY.format(p.weeks().get(p.weeks().size() - 1))));
    }
}
