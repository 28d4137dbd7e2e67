package com.retailstudio.simulator.io;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.model.ExperimentAnalysis;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.ExperimentSummary;
import com.retailstudio.simulator.model.Proportions;
import com.retailstudio.simulator.model.SimulationResults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code results.experiments} block of the simulation report (docs/simulator.md). */
final class ExperimentReportJson {
    static final String METHOD = "per variant: Wilson score interval, 95 %; per pair: difference of conversion rates "
            + "with Newcombe's hybrid score interval (method 10; variants are disjoint customers), 95 % and "
            + "simultaneous (Bonferroni over the pairs); pooled two-proportion z-test with Holm's step-down "
            + "correction, valid whatever the dependence between pairs that share a variant";

    private ExperimentReportJson() {
    }

    static List<Object> experiments(Journey journey, SimulationResults results) {
        List<Object> out = new ArrayList<>();
        for (ExperimentSummary s : ExperimentSummary.of(journey, results)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", s.split().id());
            m.put("decision_rule", s.rule().decision().json());
            if (s.rule().decideAfterDays() > 0) {
                m.put("decide_after_days", s.rule().decideAfterDays());
            }
            m.put("alpha", s.rule().alpha());
            m.put("method", METHOD);
            analysis(m, s.wholeRun());
            Map<String, Object> winner = new LinkedHashMap<>();
            winner.put("customers", s.sentToWinner());
            winner.put("conversions", s.sentToWinnerConversions());
            m.put("sent_to_winner", winner);
            s.decision().ifPresent(d -> m.put("decision", decision(d)));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> decision(ExperimentDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("winner", d.picked() ? d.atDecision().variants().get(d.winner()).id() : null);
        m.put("decided_at", Instant.ofEpochSecond(d.decisionTime()).toString());
        m.put("explanation", d.explanation());
        analysis(m, d.atDecision());
        return m;
    }

    private static void analysis(Map<String, Object> m, ExperimentAnalysis a) {
        List<Object> variants = new ArrayList<>();
        for (ExperimentAnalysis.Variant v : a.variants()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", v.id());
            row.put("customers", v.customers());
            row.put("conversions", v.conversions());
            row.put("rate", number(v.rate()));
            interval(row, "ci", v.interval());
            variants.add(row);
        }
        m.put("variants", variants);
        List<Object> pairs = new ArrayList<>();
        for (ExperimentAnalysis.Comparison c : a.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", a.variants().get(c.a()).id());
            row.put("b", a.variants().get(c.b()).id());
            row.put("difference", number(c.difference()));
            interval(row, "ci", c.interval());
            interval(row, "simultaneous_ci", c.simultaneous());
            row.put("p", number(c.p()));
            row.put("holm_p", number(c.holmP()));
            row.put("significant", c.significant());
            pairs.add(row);
        }
        m.put("comparisons", pairs);
    }

    private static void interval(Map<String, Object> row, String prefix, Proportions.Interval i) {
        row.put(prefix + "_low", number(i.low()));
        row.put(prefix + "_high", number(i.high()));
    }

    private static Object number(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : Math.round(x * 1e6) / 1e6;
    }
}
