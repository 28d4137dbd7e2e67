package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.Aggregation;
import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.PivotExport;
import com.retailstudio.app.explore.PivotRequest;
import com.retailstudio.app.explore.PivotSource;
import com.retailstudio.app.explore.Pivots;
import com.retailstudio.data.io.DataFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Pivot tab: rows, columns, measure and aggregation over one file (with its lookups, see {@link PivotSource}),
 * the resulting table, and its export as CSV or Excel.
 */
public final class PivotViewModel {

    /** Shown in the columns choice for "no columns": one column of results. */
    public static final String NO_COLUMNS = "(none)";

    private final Supplier<Path> folder;
    private final ExplorerWork work;
    private final ObjectProperty<DataFile> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<String> groupable = FXCollections.observableArrayList();
    private final ObservableList<String> measures = FXCollections.observableArrayList();
    private final StringProperty rows = new SimpleStringProperty(this, "rows");
    private final StringProperty columns = new SimpleStringProperty(this, "columns", NO_COLUMNS);
    private final StringProperty measure = new SimpleStringProperty(this, "measure");
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(this, "aggregation",
            Aggregation.SUM);
    private final ReadOnlyObjectWrapper<Table> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Table source;

    PivotViewModel(Supplier<Path> folder, ExplorerWork work) {
        this.folder = folder;
        this.work = work;
        file.addListener((observable, before, now) -> load());
    }

    public ObjectProperty<DataFile> fileProperty() {
        return file;
    }

    /** Columns rows and columns can be grouped on: text, codes, dates, integers. */
    public ObservableList<String> groupable() {
        return groupable;
    }

    /** Number columns that can be measured. */
    public ObservableList<String> measures() {
        return measures;
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public StringProperty measureProperty() {
        return measure;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    public ReadOnlyObjectProperty<Table> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    /** Reads the chosen file with its lookups. */
    public void load() {
        DataFile chosen = file.get();
        Path dataFolder = folder.get();
        source = null;
        result.set(null);
        if (chosen == null || dataFolder == null) {
            return;
        }
        work.run("Reading " + chosen.fileName(), progress -> PivotSource.load(dataFolder, chosen), table -> {
            source = table;
            // decimals and timestamps are measured or grouped by their day, not grouped on as they are
            groupable.setAll(table.columns().stream().filter(column -> column.type() != ColumnType.DOUBLE
                    && column.type() != ColumnType.INSTANT).map(Column::name).toList());
            measures.setAll(table.columns().stream().filter(NumericColumn.class::isInstance).map(Column::name)
                    .toList());
            groupable.add(0, NO_COLUMNS);
            rows.set(groupable.size() > 1 ? groupable.get(1) : null);
            measure.set(measures.isEmpty() ? null : measures.get(0));
            work.say(String.format("%s · %,d rows", chosen.fileName(), table.rowCount()));
        });
    }

    /** Computes the pivot of the current choices. */
    public void pivot() {
        if (source == null || rows.get() == null || measure.get() == null) {
            work.say("Choose rows and a measure first.");
            return;
        }
        Table from = source;
        PivotRequest request = new PivotRequest(ContractTables.shortName(file.get()), rows.get(),
                Optional.ofNullable(columns.get()).filter(chosen -> !chosen.equals(NO_COLUMNS)), measure.get(),
                aggregation.get());
        work.run("Pivoting", progress -> Pivots.pivot(from, request), table -> {
            result.set(table);
            work.say(String.format("%s · %d rows × %d columns", table.name(), table.rowCount(),
                    table.columnCount() - 1));
        });
    }

    /** Writes the pivot shown to a .csv or .xlsx file. */
    public void export(Path target) {
        Table shown = result.get();
        if (shown == null) {
            return;
        }
        work.run("Exporting " + target.getFileName(), progress -> {
            PivotExport.write(shown, target);
            return target;
        }, written -> work.say("Wrote " + written));
    }
}
