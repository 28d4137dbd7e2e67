package com.retailstudio.app.dataset;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.Severity;
import com.retailstudio.data.quality.DataQualityReport;
import java.nio.file.Path;

/** A data set that was not imported because it has errors; the report says which. */
public final class DataSetRejectedException extends RuntimeException {

    private final transient DataQualityReport report;

    public DataSetRejectedException(Path source, DataQualityReport report) {
        super(describe(source, report));
        this.report = report;
    }

    public DataQualityReport report() {
        return report;
    }

    private static String describe(Path source, DataQualityReport report) {
        long errors = report.problems().errors();
        String first = report.problems().first().stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .findFirst().map(DataProblem::message).orElse("");
        return "The data set in " + source.toAbsolutePath() + " was not imported: it has " + errors
                + (errors == 1 ? " error" : " errors") + (first.isEmpty() ? "." : "; the first is " + first);
    }
}
