package com.retailstudio.simulator.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import com.retailstudio.simulator.model.Uplift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a simulation run as the report JSON of `retail-studio simulate` (format in docs/simulator.md). */
public final class SimulationReportJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationReportJson() {
    }

    public static void write(Path file, Journey journey, SimulationSettings settings, SimulationRun run,
            DataSetCurrency currency) throws IOException {
        Files.writeString(file, toJson(journey, settings, run, currency));
    }

    /** The report of a run on a data set in {@link DataSetCurrency#DEFAULT}. */
    public static String toJson(Journey journey, SimulationSettings settings, SimulationRun run) {
        return toJson(journey, settings, run, DataSetCurrency.DEFAULT);
    }

    public static String toJson(Journey journey, SimulationSettings settings, SimulationRun run,
            DataSetCurrency currency) {
        try {
            return MAPPER.writeValueAsString(toMap(journey, settings, run, currency)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of plain maps always serialises", e);
        }
    }

    /**
     * The report up to its {@code run} block: everything the run found, none of how it ran (engine, partitions,
     * threads, timings, heap), so the reports of two engines or partitionings on the same inputs compare byte for
     * byte. The run block is the last of the report.
     */
    public static String findings(String report) {
        int run = report.lastIndexOf("\n  \"run\" : {");
        if (run < 0) {
            throw new IllegalArgumentException("not a simulation report: it has no run block");
        }
        return report.substring(0, run);
    }

    static Map<String, Object> toMap(Journey journey, SimulationSettings settings, SimulationRun run,
            DataSetCurrency currency) {
        SimulationResults r = run.results();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        // every object is a LinkedHashMap: Map.of iterates in an order salted per JVM, and reports must be comparable
        Map<String, Object> journeyBlock = new LinkedHashMap<>();
        journeyBlock.put("id", journey.id());
        journeyBlock.put("name", journey.name());
        journeyBlock.put("version", journey.version());
        root.put("journey", journeyBlock);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seed", settings.seed());
        s.put("quiet_hours", settings.quietHours().name().toLowerCase(Locale.ROOT));
        s.put("capped", settings.capped().name().toLowerCase(Locale.ROOT));
        s.put("count_data_sends", settings.countDataSends());
        s.put("fatigue_window_days", settings.fatigueWindow().toDays());
        root.put("settings", s);

        Map<String, Object> results = new LinkedHashMap<>();
        List<Object> nodes = new ArrayList<>();
        for (int n = 0; n < r.nodeIds().size(); n++) {
            String id = r.nodeIds().get(n);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", id);
            node.put("type", journey.node(id).map(JourneyNode::type).orElse(""));
            node.put("entered", r.entered(n));
            Map<String, Object> passed = new LinkedHashMap<>();
            for (String port : r.ports(n)) {
                passed.put(port, r.passed(n, port));
            }
            node.put("passed", passed);
            node.put("waiting_at_end", r.waitingAtEnd(n));
            node.put("exited", r.exited(n));
            node.put("goal_exits", r.goalExits(n));
            nodes.add(node);
        }
        results.put("nodes", nodes);
        if (!r.exitCriteria().isEmpty()) {
            // written only for journeys with exit criteria, so other reports keep their shape
            List<Object> criteria = new ArrayList<>();
            for (int k = 0; k < r.exitCriteria().size(); k++) {
                Map<String, Object> criterion = new LinkedHashMap<>();
                criterion.put("criterion", r.exitCriteria().get(k));
                criterion.put("exits", r.criterionExits(k));
                criteria.add(criterion);
            }
            results.put("exit_criteria", criteria);
        }
        List<Object> actions = new ArrayList<>();
        for (int a = 0; a < r.actionKeys().size(); a++) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("id", r.actionKeys().get(a));
            action.put("transactional", r.transactional(a));
            action.put("attempts", r.attempts(a));
            action.put("sent", r.sent(a));
            Map<String, Object> suppressed = new LinkedHashMap<>();
            for (SuppressionReason reason : SuppressionReason.JOURNEY) {
                suppressed.put(reason.json(), r.suppressed(a, reason));
            }
            action.put("suppressed", suppressed);
            action.put("quiet_hours_deferred", r.deferred(a));
            action.put("opened", r.opened(a));
            action.put("clicked", r.clicked(a));
            action.put("converted", r.converted(a));
            action.put("revenue", round2(r.revenue(a)));
            action.put("unsubscribes", r.unsubscribes(a));
            actions.add(action);
        }
        results.put("actions", actions);
        Uplift u = r.uplift();
        Map<String, Object> uplift = new LinkedHashMap<>();
        uplift.put("treated_customers", u.treated());
        uplift.put("holdout_customers", u.holdout());
        uplift.put("treated_conversions", r.treatedConversions());
        uplift.put("holdout_conversions", r.holdoutConversions());
        uplift.put("treated_revenue", round2(r.treatedRevenue()));
        uplift.put("holdout_revenue", round2(r.holdoutRevenue()));
        uplift.put("treated_rate", number(u.treatedRate()));
        uplift.put("holdout_rate", number(u.holdoutRate()));
        uplift.put("absolute", number(u.absolute()));
        uplift.put("relative", number(u.relative()));
        uplift.put("ci_low", number(u.ciLow()));
        uplift.put("ci_high", number(u.ciHigh()));
        // The total over the treated customers, not a figure per customer (docs/journey-semantics.md, "Uplift").
        uplift.put("incremental_revenue", Double.isNaN(u.incrementalRevenue()) ? null : round2(u.incrementalRevenue()));
        uplift.put("currency", currency.code());
        uplift.put("method", "two-proportion Wald interval, 95 %, on customers who entered");
        results.put("uplift", uplift);
        Map<String, Object> histogram = new LinkedHashMap<>();
        long[] h = r.messagesPerCustomer();
        for (int i = 0; i < h.length; i++) {
            histogram.put(i == h.length - 1 ? (i + "+") : Integer.toString(i), h[i]);
        }
        results.put("messages_per_customer", histogram);
        results.put("unsubscribes", r.totalUnsubscribes());
        results.put("conversions_by_day", conversionsByDay(r));
        if (r.experiments().experiments() > 0) {
            results.put("experiments", ExperimentReportJson.experiments(journey, r));
        }
        Map<String, Object> traces = new LinkedHashMap<>();
        for (Map.Entry<String, List<TraceStep>> e : r.traces().entrySet()) {
            traces.put(e.getKey(), steps(e.getValue()));
        }
        results.put("traces", traces);
        if (settings.tracesPerReasons() > 0) {
            results.put("example_traces", exampleTraces(r, settings.tracesPerReasons(), TraceReason.JOURNEY));
        }
        root.put("results", results);
        root.put("response_model", responseModel(run.model()));

        Map<String, Object> runInfo = runBlock(run.loadMillis(), run.fitMillis(), run.compileMillis(),
                run.simulateMillis(), run.customers(), run.events(), run.eventsPerSecond(), run.peakHeapBytes(),
                run.partitions(), run.threads());
        root.put("run", runInfo);
        return root;
    }

    /** How a run ran (timings, size, speed, heap, partitions), the last block of a report. */
    static Map<String, Object> runBlock(long loadMillis, long fitMillis, long compileMillis, long simulateMillis,
            long customers, long events, double eventsPerSecond, long peakHeapBytes, int partitions, int threads) {
        Map<String, Object> runInfo = new LinkedHashMap<>();
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("load_ms", loadMillis);
        timings.put("fit_ms", fitMillis);
        timings.put("compile_ms", compileMillis);
        timings.put("simulate_ms", simulateMillis);
        timings.put("total_ms", loadMillis + fitMillis + compileMillis + simulateMillis);
        runInfo.put("timings", timings);
        runInfo.put("customers", customers);
        runInfo.put("events", events);
        runInfo.put("events_per_second", Math.round(eventsPerSecond));
        runInfo.put("peak_heap_bytes", peakHeapBytes);
        runInfo.put("partitions", partitions);
        runInfo.put("threads", threads);
        return runInfo;
    }

    /** First conversions per UTC day of the simulated period, treated and holdout (the section's chart). */
    private static List<Object> conversionsByDay(SimulationResults r) {
        List<Object> days = new ArrayList<>();
        Optional<LocalDate> first = r.firstDay();
        if (first.isEmpty()) {
            return days;
        }
        long[] treated = r.treatedConversionsByDay();
        long[] holdout = r.holdoutConversionsByDay();
        for (int d = 0; d < treated.length; d++) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", first.get().plusDays(d).toString());
            day.put("treated", treated[d]);
            day.put("holdout", holdout[d]);
            days.add(day);
        }
        return days;
    }

    /**
     * For every reason, the first {@code perReason} customers by id who had it, with their steps. The run keeps the
     * first customers of every combination of reasons, and anyone among the first {@code perReason} with a reason is
     * among the first of their own combination, so these are exactly the first customers with that reason.
     */
    static Map<String, Object> exampleTraces(SimulationResults r, int perReason, Set<TraceReason> reasons) {
        Map<String, Object> byReason = new LinkedHashMap<>();
        List<ReasonTrace> kept = r.reasonTraces();
        for (TraceReason reason : reasons) {
            List<Object> examples = new ArrayList<>();
            for (ReasonTrace t : kept) {
                if (examples.size() == perReason) {
                    break;
                }
                if (t.reasons().contains(reason)) {
                    Map<String, Object> example = new LinkedHashMap<>();
                    example.put("customer", t.customerId());
                    example.put("reasons", Arrays.stream(TraceReason.values())
                            .filter(t.reasons()::contains).map(TraceReason::json).toList());
                    example.put("steps", steps(t.steps()));
                    examples.add(example);
                }
            }
            byReason.put(reason.json(), examples);
        }
        return byReason;
    }

    static List<Object> steps(List<TraceStep> trace) {
        List<Object> steps = new ArrayList<>();
        for (TraceStep step : trace) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", step.time().toString());
            m.put("node", step.nodeId());
            m.put("decision", step.decision());
            m.put("reason", step.reason());
            steps.add(m);
        }
        return steps;
    }

    private static Map<String, Object> responseModel(ResponseModel model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", "P(primary response) = A[channel][kind] × H[age band][local hour] × M[kind][attribute bucket], "
                + "capped at 0.95; fitted by iterative proportional fitting on the data's sends");
        Map<String, Object> base = new LinkedHashMap<>();
        for (Channel c : new Channel[] {Channel.EMAIL, Channel.APP, Channel.SMS, Channel.WEB, Channel.PAID_MEDIA}) {
            Map<String, Object> byKind = new LinkedHashMap<>();
            for (MessageKind k : MessageKind.values()) {
                byKind.put(k.csv(), Math.round(model.base(c, k) * 10_000) / 10_000.0);
            }
            base.put(c.csv(), byKind);
        }
        m.put("base", base);
        m.put("email_click_given_open", model.clickGivenOpen());
        m.put("purchase_given_email_click", model.purchaseGivenClick());
        m.put("purchase_given_push_open", model.purchaseGivenPushOpen());
        return m;
    }

    static Object number(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
