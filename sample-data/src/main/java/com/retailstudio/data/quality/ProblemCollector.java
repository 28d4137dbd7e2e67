package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.ProblemSink;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.io.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sink that counts every problem and keeps the first few, so a broken million-row file does not fill memory. Root
 * errors are kept before consequences (rows referring to rejected rows), which are also counted per entity and file,
 * so the error that caused a hundred others is never pushed out of the list by them.
 */
final class ProblemCollector implements ProblemSink {

    private final int keep;
    private final List<DataProblem> first = new ArrayList<>();
    private final List<DataProblem> consequences = new ArrayList<>();
    private final Map<Reference, Map<String, Long>> rejectedReferences = new EnumMap<>(Reference.class);
    private final Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
    private long errors;
    private long warnings;

    ProblemCollector(int keep) {
        this.keep = keep;
    }

    @Override
    public void report(DataProblem problem) {
        if (problem.kind().consequence()) {
            if (consequences.size() < keep) {
                consequences.add(problem);
            }
            Reference entity = problem.column().flatMap(Reference::namedBy).orElseThrow();
            rejectedReferences.computeIfAbsent(entity, e -> new LinkedHashMap<>())
                    .merge(problem.fileName(), 1L, Long::sum);
        } else if (first.size() < keep) {
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
        List<DataProblem> listed = new ArrayList<>(first);
        listed.addAll(consequences.subList(0, Math.min(consequences.size(), keep - first.size())));
        List<RejectedReferences> groups = new ArrayList<>();
        rejectedReferences.forEach((entity, rows) -> groups.add(new RejectedReferences(entity, rows)));
        return new ProblemSummary(errors, warnings, byKind, listed, groups);
    }
}
