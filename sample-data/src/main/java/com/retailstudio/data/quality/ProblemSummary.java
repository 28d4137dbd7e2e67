package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem counted, the first few kept.
 *
 * @param errors  number of errors found
 * @param warnings number of warnings found
 * @param byKind  number of problems per kind, only kinds that occurred
 * @param first   the first problems, at most the checker's cap: root problems in the order found, then the first
 *                consequences (rows referring to rejected rows)
 * @param rejectedReferences the consequences grouped by the entity whose rejected rows they refer to
 */
public record ProblemSummary(long errors, long warnings, Map<ProblemKind, Long> byKind, List<DataProblem> first,
        List<RejectedReferences> rejectedReferences) {

    public ProblemSummary {
        byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
        first = List.copyOf(first);
        rejectedReferences = List.copyOf(rejectedReferences);
    }

    /** The listed problems that are causes, not consequences, in the order found. */
    public List<DataProblem> roots() {
        return first.stream().filter(problem -> !problem.kind().consequence()).toList();
    }

    /** Rows referring to rejected rows of a file: its consequences, whatever file they are in. */
    public long rejectedReferencesTo(String fileName) {
        return rejectedReferences.stream().filter(group -> group.entity().fileName().equals(fileName))
                .mapToLong(RejectedReferences::rows).sum();
    }

    public long total() {
        return errors + warnings;
    }

    public long count(ProblemKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
