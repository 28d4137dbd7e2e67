package com.retailstudio.app.ui.data;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.data.io.Presence;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Severity;
import com.retailstudio.data.quality.ColumnCompleteness;
import com.retailstudio.data.quality.ConsentCoverage;
import com.retailstudio.data.quality.DataQualityReport;
import com.retailstudio.data.quality.FileQuality;
import com.retailstudio.data.quality.ProblemSummary;
import com.retailstudio.ui.table.Columns;
import com.retailstudio.ui.table.NumberColumn;
import com.retailstudio.ui.tiles.KpiTile;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** A data-quality report laid out for reading: summary tiles, files and columns, consent coverage, problems. */
final class QualityReportView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ObjectProperty<DataQualityReport> report = new SimpleObjectProperty<>(this, "report");
    private final HBox tiles = new HBox(12);
    private final TableView<FileQuality> files = new TableView<>();
    private final TableView<ColumnCompleteness> columns = new TableView<>();
    private final TableView<ProblemLine> problems = new TableView<>();
    private final NumberAxis coverageAxis = new NumberAxis(0, 100, 25);
    private final BarChart<Number, String> consent = new BarChart<>(coverageAxis, new CategoryAxis());
    private final Label problemsTitle = new Label("Problems");

    QualityReportView() {
        getStyleClass().add("quality-report");
        setPadding(new Insets(8, 32, 16, 32));
        setSpacing(14);

        configureFiles();
        configureColumns();
        configureProblems();
        problemsTitle.setId("data-problems-title");
        problemsTitle.setWrapText(true);
        consent.setId("consent-coverage");
        consent.setLegendVisible(false);
        consent.setAnimated(false);
        consent.setTitle("Consent coverage (% of customers)");
        consent.setCategoryGap(8);
        consent.setMinHeight(200);
        consent.setPrefHeight(240);
        coverageAxis.setLabel(null);

        VBox left = new VBox(8, title("Files"), files, title("Columns of the selected file"), columns);
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox right = new VBox(8, consent, problemsTitle, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        // room for a cause and its wrapped consequences under the header; a shorter window scrolls the section
        problems.setMinHeight(180);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(tiles, split);
        report.addListener((observable, before, now) -> show(now));
    }

    ObjectProperty<DataQualityReport> reportProperty() {
        return report;
    }

    private void show(DataQualityReport shown) {
        if (shown == null) {
            tiles.getChildren().clear();
            files.getItems().clear();
            columns.getItems().clear();
            problems.getItems().clear();
            consent.getData().clear();
            return;
        }
        long rows = shown.files().stream().mapToLong(FileQuality::rows).sum();
        tiles.getChildren().setAll(
                tile("Status", shown.usable() ? "Usable" : "Has errors",
                        shown.usable() ? KpiTile.Tone.POSITIVE : KpiTile.Tone.NEGATIVE, "data-status"),
                tile("Rows", String.format(Locale.ROOT, "%,d", rows), KpiTile.Tone.NEUTRAL, "data-rows"),
                tile("Newest event", shown.freshness().newestEvent().map(DAY::format).orElse("none"),
                        shown.freshness().stale() ? KpiTile.Tone.WARNING : KpiTile.Tone.NEUTRAL, "data-newest"),
                tile("Age of the data", shown.freshness().age().map(QualityReportView::describeAge)
                                .map(age -> shown.freshness().judged() ? age : age + " (sample, not checked)")
                                .orElse("—"),
                        shown.freshness().stale() ? KpiTile.Tone.WARNING : KpiTile.Tone.NEUTRAL, "data-age"),
                tile("Errors", String.format(Locale.ROOT, "%,d", shown.problems().errors()),
                        shown.problems().errors() > 0 ? KpiTile.Tone.NEGATIVE : KpiTile.Tone.NEUTRAL, "data-errors"),
                tile("Warnings", String.format(Locale.ROOT, "%,d", shown.problems().warnings()),
                        shown.problems().warnings() > 0 ? KpiTile.Tone.WARNING : KpiTile.Tone.NEUTRAL, "data-warnings"));

        files.getItems().setAll(shown.files());
        files.getSelectionModel().selectFirst();

        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (ConsentCoverage coverage : shown.consentCoverage()) {
            series.getData().add(new XYChart.Data<>(coverage.share() * 100, coverage.purpose().csv()));
        }
        consent.getData().setAll(series);

        problems.getItems().setAll(ProblemLine.causesFirst(shown.problems()));
        problemsTitle.setText(problemsTitle(shown.problems()));
    }

    /** "Problems: 171 errors, 1 warning; 170 of the errors follow from rejected rows", and how many causes are listed. */
    static String problemsTitle(ProblemSummary problems) {
        if (problems.total() == 0) {
            return "Problems: none found";
        }
        long consequences = problems.count(ProblemKind.REJECTED_REFERENCE);
        long causes = problems.total() - consequences;
        int listed = problems.roots().size();
        return String.format(Locale.ROOT, "Problems: %s, %s%s%s", count(problems.errors(), "error"),
                count(problems.warnings(), "warning"),
                consequences == 0 ? "" : String.format(Locale.ROOT, "; %,d of the errors follow from rejected rows",
                        consequences),
                listed < causes ? String.format(Locale.ROOT, " (first %d causes listed)", listed) : "");
    }

    private void configureFiles() {
        files.setId("data-files");
        files.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.getColumns().setAll(
                Columns.text("File", FileQuality::fileName),
                status(),
                NumberColumn.integers("Rows", FileQuality::rows),
                NumberColumn.integers("Valid rows", FileQuality::validRows),
                Columns.text("Required filled", file -> file.columns().stream()
                        .filter(column -> column.presence() == Presence.REQUIRED)
                        .mapToDouble(ColumnCompleteness::share).min()
                        .stream().mapToObj(QualityReportView::percent).findFirst().orElse("—")));
        files.getColumns().get(0).setMinWidth(130);
        files.getColumns().get(1).setMinWidth(120);
        files.getColumns().get(2).setMaxWidth(90);
        files.setPlaceholder(new Label("No files checked"));
        files.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                columns.getItems().setAll(now == null ? List.of() : now.columns()));
    }

    private void configureColumns() {
        columns.setId("data-columns");
        columns.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns.getColumns().setAll(
                Columns.text("Column", ColumnCompleteness::column),
                Columns.text("Required", column -> column.presence().name().toLowerCase(Locale.ROOT)),
                Columns.text("In header", column -> column.inHeader() ? "yes" : "no"),
                Columns.text("Filled", column -> percent(column.share())));
        columns.setPlaceholder(new Label("Select a file to see its columns"));
    }

    private void configureProblems() {
        problems.setId("data-problems");
        problems.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProblemLine, String> where = Columns.text("Where", ProblemLine::where);
        TableColumn<ProblemLine, String> what = Columns.text("What", ProblemLine::what);
        problems.getColumns().setAll(List.of(
                Columns.text("", problem -> problem.severity() == Severity.ERROR ? "error" : "warning"), where, what));
        problems.getColumns().forEach(column -> column.setSortable(false));
        // Long reasons and a group's list of files wrap onto more lines instead of ending in "…".
        wrap(where);
        wrap(what);
        problems.getColumns().get(0).setMinWidth(64);
        problems.getColumns().get(0).setMaxWidth(80);
        // Wide enough for the longest location of the contract, "sales_weekly.csv:1048576:product_id".
        where.setMinWidth(200);
        where.setPrefWidth(240);
        where.setMaxWidth(260);
        problems.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemLine problem, boolean empty) {
                super.updateItem(problem, empty);
                setTooltip(empty || problem == null ? null : new Tooltip(problem.message()));
                getStyleClass().remove("problem-group");
                if (!empty && problem != null && problem.group()) {
                    getStyleClass().add("problem-group");
                }
            }
        });
        problems.setPlaceholder(new Label("No problems found"));
    }

    /** The file's state: "ok", or what is wrong with it, in the danger colour, so no file with errors reads as fine. */
    private static TableColumn<FileQuality, String> status() {
        TableColumn<FileQuality, String> column = Columns.text("Status", FileQuality::status);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("file-status-bad");
                if (!empty && item != null && !item.equals("ok")) {
                    getStyleClass().add("file-status-bad");
                }
            }
        });
        return column;
    }

    private static <T> void wrap(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapped-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
    }

    private static KpiTile tile(String caption, String value, KpiTile.Tone tone, String id) {
        return new KpiTile(caption, value, "", tone).withValueId(id);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String describeAge(Duration age) {
        long days = age.toDays();
        if (days >= 2) {
            return days + " days";
        }
        return age.toHours() + " hours";
    }
}
