package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The selected row's charts, drawn by JFreeChart in the theme's colours: over the remaining weeks the price path as
 * steps, the projected stock and the weekly revenue, each under the plan and under the rule-of-thumb baseline (one
 * week axis, one legend); and the fitted demand curve — units a week against price relative to full price — with
 * today's and the planned prices marked.
 */
public final class MarkdownCharts extends VBox {

    /** The least height of the stacked price, stock and revenue chart: below it their axis labels overlap. */
    static final double MIN_PATH_HEIGHT = 320;
    /** The least height of the demand curve. */
    static final double MIN_DEMAND_HEIGHT = 180;

    /** Series names, as the legends show them. */
    public static final String PLAN = "Plan";
    public static final String BASELINE = "Rule of thumb (30 % at 4 weeks out, 50 % at 2)";
    public static final String DEMAND = "Fitted demand";
    public static final String TODAY = "Today's price";
    public static final String PLANNED = "Planned prices";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    /** The demand curve is drawn from a little below the deepest price the ladder allows, but never below this. */
    private static final double DEEPEST_SHARE = 0.2;

    private final ChartView path = chartView("markdown-path-chart", 320, MIN_PATH_HEIGHT);
    private final ChartView demand = chartView("markdown-demand-chart", 180, MIN_DEMAND_HEIGHT);
    private final ChartPalette.Probe palette = new ChartPalette.Probe();
    private StorePlan shown;

    public MarkdownCharts() {
        super(6);
        getChildren().addAll(path, demand, palette.node());
        VBox.setVgrow(path, Priority.ALWAYS);
        VBox.setVgrow(demand, Priority.SOMETIMES);
        palette.onChange(() -> show(shown));
        sceneProperty().addListener((o, before, now) -> show(shown));
    }

    /** Shows the row's charts, or empty charts when no row is selected. */
    public void show(StorePlan plan) {
        shown = plan;
        ChartPalette colours = palette.palette();
        path.setChart(style(plan == null ? empty() : overWeeks(plan), colours));
        demand.setChart(style(plan == null ? empty() : demandCurve(plan), colours));
    }

    /** Price steps, stock and weekly revenue of the plan and the baseline on one week axis. */
    public static JFreeChart overWeeks(StorePlan p) {
        int weeks = p.weeks().size();
        XYSeriesCollection prices = new XYSeriesCollection();
        prices.addSeries(steps(PLAN, p.planCents()));
        prices.addSeries(steps(BASELINE, p.baselineCents()));
        XYStepRenderer stepRenderer = new XYStepRenderer();
        NumberAxis priceAxis = priceAxis(p);
        XYPlot price = new XYPlot(prices, null, priceAxis, stepRenderer);

        XYSeriesCollection stocks = new XYSeriesCollection();
        stocks.addSeries(stock(PLAN, p.plan().stock(), p.plan().leftover()));
        stocks.addSeries(stock(BASELINE, p.baseline().stock(), p.baseline().leftover()));
        XYLineAndShapeRenderer stockRenderer = new XYLineAndShapeRenderer(true, false);
        XYPlot stock = new XYPlot(stocks, null, countAxis("Stock"), stockRenderer);

        XYSeriesCollection revenues = new XYSeriesCollection();
        revenues.addSeries(weekly(PLAN, p.plan().revenue()));
        revenues.addSeries(weekly(BASELINE, p.baseline().revenue()));
        revenues.setIntervalWidth(0.8);
        ClusteredXYBarRenderer bars = new ClusteredXYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYPlot revenue = new XYPlot(revenues, null, countAxis("Revenue"), bars);

        NumberAxis weekAxis = new NumberAxis("Week starting");
        weekAxis.setRange(0, weeks);
        weekAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        weekAxis.setNumberFormatOverride(new WeekFormat(p.weeks().get(0)));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(weekAxis);
        combined.setGap(8);
        combined.add(price, 1);
        combined.add(stock, 1);
        combined.add(revenue, 1);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        // The three plots share their series names: one legend entry each, from the price plot.
        stock.getRenderer().setDefaultSeriesVisibleInLegend(false);
        revenue.getRenderer().setDefaultSeriesVisibleInLegend(false);
        return chart;
    }

    /**
     * Units a week at a price, relative to full price, under the row's fitted demand (a full fixture, the first
     * remaining week): level × (price ÷ full price)^elasticity; today's price and each planned price marked on it.
     */
    public static JFreeChart demandCurve(StorePlan p) {
        double level = p.basis().level().length == 0 ? 0 : p.basis().level()[0];
        double elasticity = p.basis().elasticity();
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries curve = new XYSeries(DEMAND, true, false);
        double from = from(p);
        for (int i = 0; i <= 80; i++) {
            double share = from + (1 - from) * i / 80.0;
            curve.add(share, units(level, elasticity, share));
        }
        data.addSeries(curve);
        XYSeries today = new XYSeries(TODAY, true, false);
        double todayShare = share(p, p.currentCents());
        today.add(todayShare, units(level, elasticity, todayShare));
        data.addSeries(today);
        XYSeries planned = new XYSeries(PLANNED, true, false);
        TreeSet<Integer> plannedCents = new TreeSet<>();
        for (int cents : p.planCents()) {
            if (cents != p.currentCents()) {
                plannedCents.add(cents);
            }
        }
        for (int cents : plannedCents) {
            double share = share(p, cents);
            planned.add(share, units(level, elasticity, share));
        }
        data.addSeries(planned);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        for (int s = 1; s <= 2; s++) {
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        NumberAxis priceShare = new NumberAxis("Price ÷ full price");
        priceShare.setRange(from - 0.02, 1.02);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        priceShare.setNumberFormatOverride(percent);
        NumberAxis units = countAxis("Units a week");
        // Constant elasticity climbs steeply at deep prices; the axis ends at twice the units of the deepest marked
        // price, so the marked prices stay apart, and the curve starts where it enters the plot at its top edge
        // rather than running off it.
        double marked = Math.max(today.getMaxY(), planned.isEmpty() ? 0 : planned.getMaxY());
        if (marked > 0 && curve.getMaxY() > 2 * marked) {
            double top = 2 * marked;
            units.setRange(0, top);
            XYSeries inside = new XYSeries(DEMAND, true, false);
            // where level × share^elasticity = top (elasticity < 0: deeper prices sell more)
            double entry = Math.pow(top / level, 1 / elasticity);
            if (entry > from && entry < 1) {
                inside.add(entry, top);
            }
            for (int i = 0; i < curve.getItemCount(); i++) {
                if (curve.getY(i).doubleValue() <= top) {
                    inside.add(curve.getX(i), curve.getY(i));
                }
            }
            // the curve stays series 0, the one the renderer draws as a line
            data.removeAllSeries();
            data.addSeries(inside);
            data.addSeries(today);
            data.addSeries(planned);
        }
        XYPlot plot = new XYPlot(data, priceShare, units, renderer);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /**
     * The price axis from a little below the lowest price the row may take to a little above full price, with about
     * five ticks: a plan that keeps one price still shows where it sits between its deepest rung and full price.
     */
    static NumberAxis priceAxis(StorePlan p) {
        NumberAxis axis = new NumberAxis("Price");
        double full = p.fullPrice();
        double lowest = full;
        for (int cents : p.basis().rungCents()) {
            lowest = Math.min(lowest, cents / 100.0);
        }
        for (int cents : p.planCents()) {
            lowest = Math.min(lowest, cents / 100.0);
        }
        for (int cents : p.baselineCents()) {
            lowest = Math.min(lowest, cents / 100.0);
        }
        double span = Math.max(full - lowest, 0.2 * full);
        double step = niceStep(span / 4);
        double lower = Math.max(0, Math.floor((full - span) / step) * step);
        double upper = Math.ceil(full / step) * step + step / 2;
        axis.setRange(lower, upper);
        axis.setTickUnit(new NumberTickUnit(step, new DecimalFormat(step < 1 ? "0.00" : "#,##0")));
        return axis;
    }

    /** 1, 2 or 5 times a power of ten, the nearest at or above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw - 1e-12) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** Expected units a week at {@code share} of full price. */
    static double units(double level, double elasticity, double share) {
        return level * Math.pow(share, elasticity);
    }

    /** The left end of the demand curve: 5 points below the deepest price allowed or planned, at least 20 %. */
    private static double from(StorePlan p) {
        int deepest = p.currentCents();
        for (int cents : p.basis().rungCents()) {
            deepest = Math.min(deepest, cents);
        }
        for (int cents : p.planCents()) {
            deepest = Math.min(deepest, cents);
        }
        return Math.max(DEEPEST_SHARE, Math.floor((share(p, deepest) - 0.05) * 20) / 20);
    }

    private static double share(StorePlan p, int cents) {
        return cents / (p.fullPrice() * 100);
    }

    /** A chart with nothing in it, shown when no row is selected. */
    static JFreeChart empty() {
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(), false);
    }

    /** Each week's price from its start to the next week's start, ending at the exit. */
    private static XYSeries steps(String name, int[] cents) {
        XYSeries s = new XYSeries(name, false, true);
        for (int t = 0; t < cents.length; t++) {
            s.add(t, cents[t] / 100.0);
        }
        if (cents.length > 0) {
            s.add(cents.length, cents[cents.length - 1] / 100.0);
        }
        return s;
    }

    private static XYSeries stock(String name, double[] atWeekStart, double atExit) {
        XYSeries s = new XYSeries(name, false, true);
        for (int t = 0; t < atWeekStart.length; t++) {
            s.add(t, atWeekStart[t]);
        }
        s.add(atWeekStart.length, atExit);
        return s;
    }

    /** A week's value in the middle of the week, so its bar sits between the week's price steps. */
    private static XYSeries weekly(String name, double[] values) {
        XYSeries s = new XYSeries(name, false, true);
        for (int t = 0; t < values.length; t++) {
            s.add(t + 0.5, values[t]);
        }
        return s;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        return axis;
    }

    /** The palette and font, the plan in the first chart colour and the baseline in grey; returns the chart. */
    static JFreeChart style(JFreeChart chart, ChartPalette palette) {
        // Java2D has no JavaFX "System" font; its logical sans-serif is the nearest everywhere.
        palette.applyTo(chart, java.awt.Font.SANS_SERIF, Font.getDefault().getSize());
        List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots()
                : chart.getPlot() instanceof XYPlot xy ? List.of(xy) : List.of();
        // The week axis's last date sits on the right edge: room for half of it.
        chart.setPadding(new RectangleInsets(4, 4, 4, 20));
        for (XYPlot plot : plots) {
            if (plot.getRenderer() == null) {
                continue;
            }
            boolean demand = plot.getDataset() != null && plot.getDataset().getSeriesCount() > 0
                    && DEMAND.equals(plot.getDataset().getSeriesKey(0));
            // The plan's colour marks the planned prices on the demand curve too.
            plot.getRenderer().setSeriesPaint(0, palette.chart(demand ? 5 : 1));
            plot.getRenderer().setSeriesPaint(1, palette.chart(8));
            plot.getRenderer().setSeriesPaint(2, palette.chart(1));
            if (plot.getRenderer() instanceof AbstractRenderer lines
                    && !(plot.getRenderer() instanceof ClusteredXYBarRenderer)) {
                lines.setDefaultStroke(new BasicStroke(2f));
                lines.setAutoPopulateSeriesStroke(false);
            }
        }
        return chart;
    }

    private static ChartView chartView(String id, double height, double minHeight) {
        ChartView view = new ChartView(empty());
        view.setId(id);
        view.setPrefHeight(height);
        // The charts keep their least height; the panel around them scrolls instead (MarkdownView).
        view.setMinHeight(minHeight);
        return view;
    }

    /** Week numbers on the axis read as the date the week starts ("7 Sep"). */
    private static final class WeekFormat extends NumberFormat {
        private final LocalDate first;

        WeekFormat(LocalDate first) {
            this.first = first;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
            return format(Math.round(number), out, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
            return out.append(DAY.format(first.plusWeeks(number)));
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return null;
        }
    }
}
