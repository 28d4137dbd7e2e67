package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.layout.engine.AdjacencyAdvisor;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.io.LayoutReportWriter;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes one store's layout report: traffic heatmap, zone metrics, category affinity and adjacency advice. */
@Command(name = "layout-report", mixinStandardHelpOptions = true,
        description = {"Analyse how one store is used: writes heatmap.png (foot-traffic density over the floor plan), "
                + "zones.json (visits, dwell, capture and conversion per zone), affinity.json (category pairs with "
                + "support, confidence and lift) and recommendations.json (high-lift pairs far apart and the move "
                + "that brings them closer), for a date range and daypart in the store's local time."})
final class LayoutReportCommand extends DataSetJob {

    @Option(names = "--store", required = true, paramLabel = "ID", description = "The store to analyse, e.g. S001.")
    private String store;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report to.")
    private Path out;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "First local date (default: the first there is).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "Last local date, inclusive (default: the last).")
    private LocalDate to;

    @Option(names = "--daypart", defaultValue = "all", paramLabel = "NAME|H-H", converter = DaypartConverter.class,
            description = "all, weekday-morning (Mon-Fri 8-12), weekday-lunch (12-14), weekday-evening (17-21), "
                    + "saturday, sunday, or local hours such as 10-14 (default: ${DEFAULT-VALUE}).")
    private Daypart daypart;

    @Option(names = "--min-dwell", defaultValue = "2", paramLabel = "SECONDS",
            description = "Shortest stay that counts as a dwell (default: ${DEFAULT-VALUE}).")
    private double minDwell;

    @Option(names = "--min-support", defaultValue = "0.01", paramLabel = "SHARE",
            description = "Smallest share of baskets a category pair needs (default: ${DEFAULT-VALUE}).")
    private double minSupport;

    @Option(names = "--bandwidth-scale", defaultValue = "1.0", paramLabel = "FACTOR",
            description = "Multiplies the heatmap's Scott's-rule kernel bandwidth (default: ${DEFAULT-VALUE}).")
    private double bandwidthScale;

    @Option(names = "--bandwidth", paramLabel = "METRES",
            description = "The heatmap's kernel bandwidth (standard deviation) in metres on both axes, instead of "
                    + "Scott's rule (default: auto, Scott's rule).")
    private Double bandwidth;

    @Option(names = "--what-if", paramLabel = "CATEGORY@ZONE",
            description = "Also estimate moving a category into another category zone (swapping with the category "
                    + "there), e.g. cheese@Z07; writes what-if.json.")
    private String whatIf;

    @Override
    public Integer call() throws IOException {
        TimeFilter filter;
        try {
            filter = new TimeFilter(Optional.ofNullable(from), Optional.ofNullable(to), daypart);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (bandwidth != null && !(bandwidth > 0 && bandwidth <= 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bandwidth must be a number of metres above 0 and at most 100, not " + bandwidth + ".");
        }
        if (bandwidth != null && bandwidthScale != 1.0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bandwidth sets the bandwidth itself; give it or --bandwidth-scale, not both.");
        }
        if (minDwell < 0 || minSupport < 0 || minSupport > 1 || bandwidthScale <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-dwell must be >= 0, --min-support within 0..1 and --bandwidth-scale above 0.");
        }
        DataFolderOption.JobData source = data.resolveForJob();
        Path folder = source.folder();
        LayoutData layout;
        try {
            layout = source.imported().isPresent() ? DataSetReads.layouts(source.imported().get())
                    : LayoutDataReader.read(folder);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new CommandFailure("The data set in " + folder + " cannot be read: " + e.getMessage(), e);
        }
        if (layout.plan(store).isEmpty()) {
            throw new CommandFailure("Store " + store + " is not in the data set; valid store ids are "
                    + String.join(", ", layout.storeIds()) + ".");
        }
        StoreAnalysis analysis = StoreAnalysis.of(layout, store,
                ZoneMetricsSettings.DEFAULTS.withMinDwellSeconds(minDwell));
        LayoutReportWriter.Options options = new LayoutReportWriter.Options(filter, minSupport, bandwidthScale,
                bandwidth == null ? OptionalDouble.empty() : OptionalDouble.of(bandwidth), 0.25,
                16, AdjacencyAdvisor.Settings.DEFAULTS);
        LayoutReportWriter.Written written = LayoutReportWriter.write(analysis, options, out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (whatIf != null) {
            String[] parts = whatIf.split("@", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--what-if takes CATEGORY@ZONE, e.g. cheese@Z07, not '" + whatIf + "'.");
            }
            WhatIfResult result;
            try {
                result = analysis.whatIf(filter, minSupport, options.advice(), parts[0], parts[1]);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            written.files().add(LayoutReportWriter.writeWhatIf(analysis, options, result, out));
            stdout.printf(Locale.ROOT, "What if %s moves from %s to %s%s: expected co-purchases %.1f -> %.1f (%+.1f), "
                            + "revenue %+.0f.%n", result.category(), result.fromZoneId(), result.toZoneId(),
                    result.swappedCategory().map(c -> " (swapping with " + c + ")").orElse(""),
                    result.coPurchasesBefore(), result.coPurchasesAfter(), result.coPurchaseDelta(),
                    result.revenueDelta());
        }
        stdout.printf(Locale.ROOT, "%s (%s), %s: %,d visits, %,d baskets%n", analysis.plan().store().name(), store,
                LayoutReportWriter.describe(filter), written.visits(), written.baskets());
        for (Path file : written.files()) {
            stdout.println("  wrote " + file.toAbsolutePath());
        }
        if (written.recommendations().isEmpty()) {
            stdout.println("No adjacency recommendations: no high-lift pair sits far apart.");
        }
        for (AdjacencyRecommendation r : written.recommendations().subList(0,
                Math.min(3, written.recommendations().size()))) {
            stdout.println("  " + r.rank() + ". " + r.summary());
        }
        return 0;
    }

    /** A daypart name or hour range; anything else is bad usage naming the accepted spellings. */
    static final class DaypartConverter implements CommandLine.ITypeConverter<Daypart> {
        @Override
        public Daypart convert(String value) {
            try {
                return Daypart.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
