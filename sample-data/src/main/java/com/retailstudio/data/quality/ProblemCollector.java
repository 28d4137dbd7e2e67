package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.ProblemSink;
import com.retailstudio.data.io.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A sink that counts every problem and keeps the first few, so a broken million-row file does not fill memory. */
final class ProblemCollector implements ProblemSink {

    private final int keep;
    private final List<DataProblem> first = new ArrayList<>();
    private final Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
    private long errors;
    private long warnings;

    ProblemCollector(int keep) {
        this.keep = keep;
    }

    @Override
    public void report(DataProblem problem) {
        if (first.size() < keep) {
            first.add(problem);
        }
        byKind.merge(problem.kind(), 1L, Long::sum);
        if (problem.severity() == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
    }

    ProblemSummary summary() {
        return new ProblemSummary(errors, warnings, byKind, first);
    }
}
