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
 * @param first   the first problems in the order found, at most the checker's cap
 */
public record ProblemSummary(long errors, long warnings, Map<ProblemKind, Long> byKind, List<DataProblem> first) {

    public ProblemSummary {
        byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
        first = List.copyOf(first);
    }

    public long total() {
        return errors + warnings;
    }

    public long count(ProblemKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
