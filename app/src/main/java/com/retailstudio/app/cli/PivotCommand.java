package com.retailstudio.app.cli;

import com.retailstudio.app.explore.Aggregation;
import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.ExploreException;
import com.retailstudio.app.explore.PivotExport;
import com.retailstudio.app.explore.PivotRequest;
import com.retailstudio.app.explore.PivotSource;
import com.retailstudio.app.explore.Pivots;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** Pivots one file of a data set and writes the table as CSV or Excel. */
@Command(name = "pivot", mixinStandardHelpOptions = true,
        description = {"Pivot one file of a data set: a row per value of --rows, a column per value of --columns, "
                + "each cell the aggregation of --measure, written as CSV or Excel (.xlsx).",
            "Files with a product, store or customer id can also be grouped by its category; city or price_cluster; "
                + "country, loyalty_tier or age_band, and files with a timestamp by its UTC day. A column may be "
                + "named by a prefix that fits only it (week for week_start)."})
final class PivotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The data-set file, e.g. sales_weekly (with or without .csv).")
    private String file;

    @Option(names = "--rows", required = true, paramLabel = "COLUMN", description = "The column whose values are rows.")
    private String rows;

    @Option(names = "--columns", paramLabel = "COLUMN",
            description = "The column whose values are columns; without it, one column of results.")
    private String columns;

    @Option(names = "--measure", required = true, paramLabel = "COLUMN", description = "The number column to aggregate.")
    private String measure;

    @Option(names = "--agg", defaultValue = "sum", paramLabel = "sum|mean|count|min|max|median|distinct",
            description = "How the measure is combined (default: ${DEFAULT-VALUE}).")
    private String aggregation;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.xlsx",
            description = "Where the pivot is written; its extension chooses the format.")
    private Path out;

    @Override
    public Integer call() {
        try {
            Aggregation how = Aggregation.named(aggregation);
            DataFile dataFile = ContractTables.file(file);
            Path folder = data.resolve();
            Table source = PivotSource.load(folder, dataFile);
            Table pivot = Pivots.pivot(source, new PivotRequest(ContractTables.shortName(dataFile), rows,
                    Optional.ofNullable(columns), measure, how));
            PivotExport.write(pivot, out);
            spec.commandLine().getOut().printf("Wrote %s: %d rows × %d columns (%s)%n", out, pivot.rowCount(),
                    pivot.columnCount() - 1, pivot.name());
            return 0;
        } catch (ExploreException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure("Could not pivot " + file + ": " + e.getMessage(), e);
        }
    }
}
