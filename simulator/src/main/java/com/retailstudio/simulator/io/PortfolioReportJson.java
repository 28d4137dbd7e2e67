package com.retailstudio.simulator.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import com.retailstudio.simulator.model.Uplift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a portfolio run as the report JSON of `retail-studio simulate --journey A --journey B …` (format in
 * docs/simulator.md, "Portfolio report"): per journey and for the whole portfolio, sends, suppressions by reason,
 * conversions, uplift against the global control and the cannibalisation; per journey the example traces by reason
 * (the portfolio's reasons among them) and, for customers asked for by id, their steps in every journey as one
 * timeline. Every object keeps its keys' order, so the
 * reports of two partitionings compare byte for byte up to the run block ({@link SimulationReportJson#findings}).
 */
public final class PortfolioReportJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PortfolioReportJson() {
    }

    public static void write(Path file, SimulationSettings settings, PortfolioRun run, DataSetCurrency currency)
            throws IOException {
        Files.writeString(file, toJson(settings, run, currency));
    }

    public static String toJson(SimulationSettings settings, PortfolioRun run, DataSetCurrency currency) {
        try {
            return MAPPER.writeValueAsString(toMap(settings, run, currency)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of plain maps always serialises", e);
        }
    }

    private static Map<String, Object> toMap(SimulationSettings settings, PortfolioRun run,
            DataSetCurrency currency) {
        PortfolioResults r = run.results();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("portfolio", rules(run.rules()));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seed", settings.seed());
        s.put("quiet_hours", settings.quietHours().name().toLowerCase(Locale.ROOT));
        s.put("capped", settings.capped().name().toLowerCase(Locale.ROOT));
        s.put("count_data_sends", settings.countDataSends());
        root.put("settings", s);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("customers", r.customers());
        List<Object> journeys = new ArrayList<>();
        for (int j = 0; j < r.journeyIds().size(); j++) {
            journeys.add(journey(r, j, run.journey(j), run.rules(), settings, currency));
        }
        results.put("journeys", journeys);
        Map<String, Object> portfolio = new LinkedHashMap<>();
        portfolio.put("sent", r.sent());
        portfolio.put("suppressed", suppressed(reason -> r.suppressed(reason)));
        portfolio.put("conversions", r.conversions());
        portfolio.put("uplift", uplift(r.uplift(), currency,
                "customers who entered any journey, conversion on the goal of any journey entered"));
        portfolio.put("incremental_conversions", SimulationReportJson.number(round2(r.incrementalConversions())));
        portfolio.put("unmeasured_customers", r.unmeasuredCustomers());
        portfolio.put("alone_incremental_conversions", SimulationReportJson.number(
                round2(r.aloneIncrementalConversions())));
        portfolio.put("cannibalisation", SimulationReportJson.number(round2(r.cannibalisation())));
        // The same figures against the same customers simulated without marketing: no sampling noise.
        portfolio.put("simulated_incremental_conversions", SimulationReportJson.number(
                r.simulatedIncrementalConversions()));
        portfolio.put("alone_simulated_incremental_conversions", SimulationReportJson.number(
                r.aloneSimulatedIncrementalConversions()));
        portfolio.put("simulated_cannibalisation", SimulationReportJson.number(r.simulatedCannibalisation()));
        results.put("portfolio", portfolio);
        results.put("customer_traces", customerTraces(settings, r));
        root.put("results", results);

        Map<String, Object> runInfo = SimulationReportJson.runBlock(run.loadMillis(), run.fitMillis(),
                run.compileMillis(), run.simulateMillis(), run.customers(), run.events(), run.eventsPerSecond(),
                run.peakHeapBytes(), run.partitions(), run.threads());
        root.put("run", runInfo);
        return root;
    }

    private static Map<String, Object> rules(PortfolioRules rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rules.id());
        m.put("name", rules.name());
        m.put("caps", rules.caps().stream().map(FrequencyCap::describe).toList());
        m.put("global_control_percent", rules.globalControlPercent());
        m.put("priority", rules.priority());
        m.put("suppressed_segments", rules.suppressedSegments().stream().map(seg -> seg.segment().id()).toList());
        // How many, not who: the report holds customer ids only in traces asked for.
        m.put("suppressed_customers", rules.suppressedCustomers().size());
        return m;
    }

    private static Map<String, Object> journey(PortfolioResults r, int j, Journey journey, PortfolioRules rules,
            SimulationSettings settings, DataSetCurrency currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", journey.id());
        m.put("name", journey.name());
        m.put("version", journey.version());
        m.put("rank", rules.rank(journey.id()));
        m.put("sent", r.sent(j));
        m.put("suppressed", suppressed(reason -> r.suppressed(j, reason)));
        m.put("conversions", r.conversions(j));
        m.put("uplift", uplift(r.uplift(j), currency, "customers who entered the journey and were not held out"));
        m.put("incremental_conversions", SimulationReportJson.number(round2(r.incrementalConversions(j))));
        m.put("simulated_incremental_conversions", SimulationReportJson.number(
                r.simulatedIncrementalConversions(j)));
        Map<String, Object> alone = new LinkedHashMap<>();
        alone.put("uplift", uplift(r.aloneUplift(j), currency, "the journey simulated alone under the same rules"));
        alone.put("incremental_conversions", SimulationReportJson.number(round2(r.aloneIncrementalConversions(j))));
        alone.put("simulated_incremental_conversions", SimulationReportJson.number(
                r.aloneSimulatedIncrementalConversions(j)));
        m.put("alone", alone);
        SimulationResults own = r.journey(j);
        List<Object> actions = new ArrayList<>();
        for (int a = 0; a < own.actionKeys().size(); a++) {
            int action = a;
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", own.actionKeys().get(a));
            am.put("attempts", own.attempts(a));
            am.put("sent", own.sent(a));
            am.put("suppressed", suppressed(reason -> own.suppressed(action, reason)));
            am.put("converted", own.converted(a));
            actions.add(am);
        }
        m.put("actions", actions);
        Map<String, Object> traces = new LinkedHashMap<>();
        for (Map.Entry<String, List<TraceStep>> e : own.traces().entrySet()) {
            traces.put(e.getKey(), SimulationReportJson.steps(e.getValue()));
        }
        m.put("traces", traces);
        if (settings.tracesPerReasons() > 0) {
            // The portfolio's reasons (global control, suppression list, shared caps, priority) beside the journey's.
            m.put("example_traces", SimulationReportJson.exampleTraces(own, settings.tracesPerReasons(),
                    EnumSet.allOf(TraceReason.class)));
        }
        return m;
    }

    /** Each customer asked for by id, with their steps in every journey as one timeline, in customer-id order. */
    private static Map<String, Object> customerTraces(SimulationSettings settings, PortfolioResults r) {
        Map<String, Object> byCustomer = new LinkedHashMap<>();
        for (String id : new TreeSet<>(settings.traceCustomers())) {
            List<Object> steps = new ArrayList<>();
            for (PortfolioTrace.JourneyStep s : r.trace(id).steps()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("time", s.step().time().toString());
                step.put("journey", s.journeyId());
                step.put("node", s.step().nodeId());
                step.put("decision", s.step().decision());
                step.put("reason", s.step().reason());
                steps.add(step);
            }
            byCustomer.put(id, steps);
        }
        return byCustomer;
    }

    private interface Count {
        long of(SuppressionReason reason);
    }

    private static Map<String, Object> suppressed(Count count) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SuppressionReason reason : SuppressionReason.values()) {
            m.put(reason.json(), count.of(reason));
        }
        return m;
    }

    private static Map<String, Object> uplift(Uplift u, DataSetCurrency currency, String population) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treated_customers", u.treated());
        m.put("control_customers", u.holdout());
        m.put("treated_rate", SimulationReportJson.number(u.treatedRate()));
        m.put("control_rate", SimulationReportJson.number(u.holdoutRate()));
        m.put("absolute", SimulationReportJson.number(u.absolute()));
        m.put("ci_low", SimulationReportJson.number(u.ciLow()));
        m.put("ci_high", SimulationReportJson.number(u.ciHigh()));
        m.put("incremental_revenue", Double.isNaN(u.incrementalRevenue()) ? null
                : round2(u.incrementalRevenue()));
        m.put("currency", currency.code());
        m.put("method", "two-proportion Wald interval, 95 %, treated against the global control, on " + population);
        return m;
    }

    private static double round2(double x) {
        return Double.isNaN(x) ? Double.NaN : SimulationReportJson.round2(x);
    }
}
