package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.StorePlan;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Markdowns section: KPIs of the plan against the rule-of-thumb baseline, the plan per product and store, and for
 * the selected row its price path as steps, projected stock and weekly revenue under the plan and the baseline.
 */
public final class MarkdownView extends StackPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private final MarkdownViewModel model;
    private final HBox tiles = new HBox(12);
    private final Label subtitle = new Label();
    private final Label detailTitle = new Label();
    private final Label detailNote = new Label();
    private final TableView<StorePlan> table = new TableView<>();
    private final LineChart<Number, Number> priceChart = lineChart("Price");
    private final LineChart<Number, Number> stockChart = lineChart("Stock");
    private final BarChart<String, Number> revenueChart;
    private final CategoryAxis revenueWeeks;
    private final VBox content;
    private final VBox waiting;
    private final VBox empty;

    public MarkdownView(MarkdownViewModel model) {
        this.model = model;
        getStyleClass().add("markdown-view");

        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label failure = new Label();
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(model.errorProperty());
        failure.visibleProperty().bind(model.errorProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());

        buildTable();
        CategoryAxis weeks = new CategoryAxis();
        weeks.setTickLabelRotation(0);
        this.revenueWeeks = weeks;
        NumberAxis revenue = new NumberAxis();
        revenue.setLabel("Revenue");
        revenueChart = new BarChart<>(weeks, revenue);
        revenueChart.setAnimated(false);
        revenueChart.setLegendVisible(false);
        revenueChart.setBarGap(1);
        revenueChart.setCategoryGap(6);
        revenueChart.setMinHeight(150);
        stockChart.setLegendVisible(false);

        detailTitle.getStyleClass().add(Styles.TITLE_4);
        detailNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detailNote.setWrapText(true);
        detailNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        priceChart.setLegendVisible(false);
        HBox legend = new HBox(16, legendItem("Plan", 0), legendItem("Rule of thumb (30 % at 4 weeks out, 50 % at 2)",
                1));
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox detail = new VBox(4, detailTitle, detailNote, legend, priceChart, stockChart, revenueChart);
        detail.setPadding(new Insets(0, 0, 0, 12));
        VBox.setVgrow(priceChart, Priority.ALWAYS);
        VBox.setVgrow(stockChart, Priority.ALWAYS);
        VBox.setVgrow(revenueChart, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        content = new VBox(12, subtitle, tiles, failure, split);
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
        model.selectedProperty().addListener((o, a, b) -> showDetail(b));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        table.setItems(model.rows());
        refresh();
        if (model.resultProperty().get() == null && !model.busyProperty().get()) {
            model.start();
        }
    }

    private void refresh() {
        PlanResult r = model.resultProperty().get();
        boolean busy = model.busyProperty().get();
        waiting.setVisible(busy && r == null);
        empty.setVisible(!busy && r == null);
        content.setVisible(r != null);
        if (r == null) {
            return;
        }
        PlanSummary s = r.summary();
        subtitle.setText(String.format(Locale.ROOT, "%,d product-stores from week of %s to exit · %d products fitted "
                        + "from weekly sell-through · projected under the fitted demand · baseline: 30 %% off 4 weeks "
                        + "before exit, 50 %% off 2 weeks before", s.productStores(),
                DAY.format(r.asOf().plusWeeks(1)), r.demand().size()));
        tiles.getChildren().setAll(
                tile("Margin", money(s.margin()), String.format(Locale.ROOT, "%+.1f %% vs baseline %s",
                        s.marginUpliftPct(), money(s.baselineMargin())), s.marginUpliftPct() >= 0 ? Styles.SUCCESS
                        : Styles.DANGER),
                tile("Sell-through", percent(s.sellThrough()), "baseline " + percent(s.baselineSellThrough()), null),
                tile("Left at exit", String.format(Locale.ROOT, "%,.0f units", s.leftoverUnits()),
                        String.format(Locale.ROOT, "baseline %,.0f units", s.baselineLeftoverUnits()), null),
                tile("Price changes", String.format(Locale.ROOT, "%,d", s.priceChanges()),
                        String.format(Locale.ROOT, "keeping prices: margin %s", money(s.noMarkdownMargin())), null));
        if (!model.rows().isEmpty()) {
            table.getSelectionModel().select(model.selectedProperty().get());
        }
        showDetail(model.selectedProperty().get());
    }

    private void buildTable() {
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(
                text("Product", p -> p.productId() + "  " + p.productName(), 150),
                text("Store", StorePlan::storeId, 60),
                text("β", p -> {
                    ProductDemand d = model.demandOf(p);
                    return d == null ? "" : String.format(Locale.ROOT, "%.2f", d.elasticity());
                }, 60),
                text("Markdowns", MarkdownView::describePlan, 190),
                number("Margin", p -> p.plan().margin(), v -> money(v), 64),
                number("Gain", p -> p.plan().margin() - p.baseline().margin(),
                        v -> String.format(Locale.ROOT, "%+,.0f", v), 64),
                number("Sold", p -> p.plan().sellThrough(), v -> String.format(Locale.ROOT, "%.0f %%", v * 100), 68),
                number("Left", p -> p.plan().leftover(), v -> String.format(Locale.ROOT, "%,.0f", v), 50));
        table.getColumns().get(2).setText("Elast.");
        table.setPlaceholder(new Label("No product has weeks left before exit."));
    }

    private static TableColumn<StorePlan, String> text(String name, Function<StorePlan, String> value, double width) {
        TableColumn<StorePlan, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        if (width <= 60) {
            c.setMaxWidth(width);
        }
        return c;
    }

    private static TableColumn<StorePlan, Double> number(String name, Function<StorePlan, Double> value,
                                                         Function<Double, String> format, double width) {
        TableColumn<StorePlan, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
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
        priceChart.getData().clear();
        stockChart.getData().clear();
        revenueChart.getData().clear();
        if (p == null) {
            detailTitle.setText("");
            detailNote.setText("");
            return;
        }
        detailTitle.setText(p.productId() + " " + p.productName() + " · " + p.storeId() + " (cluster " + p.cluster()
                + ")");
        ProductDemand d = model.demandOf(p);
        detailNote.setText(String.format(Locale.ROOT, "Full price %s, cost %s · elasticity %.2f (95 %% CI %.2f to "
                        + "%.2f) · margin %s vs %s under the rule of thumb · exit after the week of %s",
                price(p.fullPrice()),
                price(p.unitCost()), d == null ? Double.NaN : d.elasticity(), d == null ? Double.NaN
                        : d.elasticityLow(), d == null ? Double.NaN : d.elasticityHigh(), money(p.plan().margin()),
                money(p.baseline().margin()), DAY.format(p.weeks().get(p.weeks().size() - 1))));
        for (LineChart<Number, Number> chart : java.util.List.of(priceChart, stockChart)) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            x.setUpperBound(p.weeks().size());
            x.setLabel("Weeks from " + DAY.format(p.weeks().get(0)));
        }
        revenueWeeks.setLabel("Week from " + DAY.format(p.weeks().get(0)));
        priceChart.getData().add(steps("Plan", p.planCents()));
        priceChart.getData().add(steps("Rule of thumb", p.baselineCents()));
        stockChart.getData().add(line("Plan", p.plan().stock(), p.plan().leftover()));
        stockChart.getData().add(line("Rule of thumb", p.baseline().stock(), p.baseline().leftover()));
        XYChart.Series<String, Number> planRevenue = new XYChart.Series<>();
        planRevenue.setName("Plan");
        XYChart.Series<String, Number> baseRevenue = new XYChart.Series<>();
        baseRevenue.setName("Rule of thumb");
        for (int t = 0; t < p.weeks().size(); t++) {
            String week = Integer.toString(t);
            planRevenue.getData().add(new XYChart.Data<>(week, p.plan().revenue()[t]));
            baseRevenue.getData().add(new XYChart.Data<>(week, p.baseline().revenue()[t]));
        }
        revenueChart.getData().add(planRevenue);
        revenueChart.getData().add(baseRevenue);
    }

    private static XYChart.Series<Number, Number> steps(String name, int[] cents) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int t = 0; t < cents.length; t++) {
            s.getData().add(new XYChart.Data<>(t, cents[t] / 100.0));
            s.getData().add(new XYChart.Data<>(t + 1, cents[t] / 100.0));
        }
        return s;
    }

    private static XYChart.Series<Number, Number> line(String name, double[] stock, double end) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int t = 0; t < stock.length; t++) {
            s.getData().add(new XYChart.Data<>(t, stock[t]));
        }
        s.getData().add(new XYChart.Data<>(stock.length, end));
        return s;
    }

    private static LineChart<Number, Number> lineChart(String yLabel) {
        NumberAxis x = new NumberAxis(0, 1, 1);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(150);
        return chart;
    }

    /** A legend entry coloured like chart series {@code index}. */
    private static Label legendItem(String text, int index) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", "series" + index,
                "default-color" + index);
        swatch.setMinSize(10, 10);
        swatch.setMaxSize(10, 10);
        Label label = new Label(text, swatch);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private static VBox tile(String caption, String value, String note, String accent) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add(Styles.TITLE_4);
        Label noteLabel = new Label(note);
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
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String price(int cents) {
        return String.format(Locale.ROOT, "%.2f", cents / 100.0);
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
