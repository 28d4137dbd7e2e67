package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.ExperimentSummary;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Simulation view shows of one run: the headline figures, one row per node and per action, and the
 * messages-per-customer histogram; derived once from the engine's results so the view only binds.
 *
 * @param totalSent          messages sent over all actions (treated customers only; the holdout receives none)
 * @param messagesPerCustomer treated customers by messages received, index 0 to 9 and 10 for "10 or more"
 * @param firstDay           the first UTC day of the simulated period
 * @param treatedByDay       treated customers by the day (from {@code firstDay}) of their first conversion
 * @param holdoutByDay       holdout customers by the day of their first conversion
 * @param currency           the currency of the data set's money, which revenue is in
 * @param experiments        the journey's experiment splits with their variants, pairs and decisions
 */
public record SimulationSummary(String journeyName, long seed, long customers, long treated, long holdout,
        long treatedConversions, long holdoutConversions, Uplift uplift, long totalSent, long unsubscribes,
        List<NodeFlow> nodes, List<ActionFlow> actions, long[] messagesPerCustomer, long totalMillis,
        LocalDate firstDay, long[] treatedByDay, long[] holdoutByDay, DataSetCurrency currency,
        List<ExperimentSummary> experiments) {

    /**
     * What became of one channel's send attempts: sent and converted, sent and opened or clicked without converting,
     * sent without a response, or suppressed by a guardrail (consent, quiet hours dropped, cap; not the holdout's).
     */
    public record ChannelMix(String channel, long converted, long engaged, long noResponse, long suppressed) {
        public long sent() {
            return converted + engaged + noResponse;
        }
    }

    /**
     * One node's flow: entries into it, how many passed on through any port, were still there when the data ended,
     * left the journey here, or left here because they reached the goal.
     */
    public record NodeFlow(String id, String title, String type, long entered, long passedOn, long waitingAtEnd,
            long exited, long goalExits) {
    }

    /** One action (or next-best-action candidate) with its channel and what became of its sends. */
    public record ActionFlow(String key, String title, String channel, long attempts, long sent,
            Map<SuppressionReason, Long> suppressed, long deferred, long opened, long clicked, long converted,
            double revenue) {

        public long suppressedTotal() {
            return suppressed.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public SimulationSummary {
        nodes = List.copyOf(nodes);
        actions = List.copyOf(actions);
        experiments = List.copyOf(experiments);
        messagesPerCustomer = messagesPerCustomer.clone();
        treatedByDay = treatedByDay.clone();
        holdoutByDay = holdoutByDay.clone();
    }

    /** Sends per channel by outcome, channels in the order their first action appears; none for no actions. */
    public List<ChannelMix> channelMix() {
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        for (ActionFlow a : actions) {
            long[] c = byChannel.computeIfAbsent(a.channel().isEmpty() ? "other" : a.channel(), k -> new long[4]);
            long responded = Math.max(a.opened(), a.converted());
            c[0] += a.converted();
            c[1] += responded - a.converted();
            c[2] += a.sent() - responded;
            c[3] += a.suppressedTotal() - a.suppressed().getOrDefault(SuppressionReason.HOLDOUT, 0L);
        }
        List<ChannelMix> mix = new ArrayList<>();
        byChannel.forEach((channel, c) -> mix.add(new ChannelMix(channel, c[0], c[1], c[2], c[3])));
        return mix;
    }

    /**
     * The share of a group's customers who had converted by the end of each day of the period (cumulative), so the
     * last day's figure is the group's conversion rate; all 0 for an empty group.
     */
    public static double[] cumulativeRate(long[] byDay, long customers) {
        double[] rate = new double[byDay.length];
        long sum = 0;
        for (int d = 0; d < byDay.length; d++) {
            sum += byDay[d];
            rate[d] = customers == 0 ? 0 : (double) sum / customers;
        }
        return rate;
    }

    /** Customers who entered the journey, treated and held out, each counted once however often they entered. */
    public long entered() {
        return treated + holdout;
    }

    /**
     * Entries into the journey, re-entries included: what the entry step's badge on the canvas counts, so it is at
     * least {@link #entered()}.
     */
    public long entries() {
        return nodes.stream().filter(node -> node.type().equals("entry")).mapToLong(NodeFlow::entered).sum();
    }

    /**
     * Incremental revenue as every place that shows it writes it ({@link DataSetCurrency#signed}): the total over
     * the treated customers, {@code +351.99 EUR} (docs/journey-semantics.md, "Uplift").
     */
    public String incrementalRevenueText() {
        return currency.signed(uplift.incrementalRevenue());
    }

    /** Messages sent per treated customer who entered; 0 when none entered. */
    public double messagesPerTreatedCustomer() {
        return treated == 0 ? 0 : (double) totalSent / treated;
    }

    /** Whether the uplift's 95 % interval lies wholly above or below zero (undefined intervals are not). */
    public boolean upliftSignificant() {
        return !Double.isNaN(uplift.ciLow()) && !Double.isNaN(uplift.ciHigh())
                && (uplift.ciLow() > 0 || uplift.ciHigh() < 0);
    }

    /** The summary of a run on a data set in {@link DataSetCurrency#DEFAULT}. */
    public static SimulationSummary of(Journey journey, long seed, SimulationRun run) {
        return of(journey, seed, run, DataSetCurrency.DEFAULT);
    }

    public static SimulationSummary of(Journey journey, long seed, SimulationRun run, DataSetCurrency currency) {
        SimulationResults r = run.results();
        List<NodeFlow> nodes = new ArrayList<>();
        List<String> ids = r.nodeIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            long passedOn = 0;
            for (String port : r.ports(i)) {
                passedOn += r.passed(i, port);
            }
            JourneyNode node = journey.node(id).orElse(null);
            nodes.add(new NodeFlow(id, node == null ? id : node.title(), node == null ? "" : node.type(),
                    r.entered(i), passedOn, r.waitingAtEnd(i), r.exited(i), r.goalExits(i)));
        }
        List<ActionFlow> actions = new ArrayList<>();
        long totalSent = 0;
        List<String> keys = r.actionKeys();
        for (int a = 0; a < keys.size(); a++) {
            String key = keys.get(a);
            Map<SuppressionReason, Long> suppressed = new EnumMap<>(SuppressionReason.class);
            for (SuppressionReason reason : SuppressionReason.values()) {
                suppressed.put(reason, r.suppressed(a, reason));
            }
            totalSent += r.sent(a);
            // The channel column also says when frequency caps do not apply to the action.
            String channel = channelOf(journey, key) + (r.transactional(a) ? " · transactional" : "");
            actions.add(new ActionFlow(key, titleOf(journey, key), channel, r.attempts(a), r.sent(a),
                    Map.copyOf(suppressed), r.deferred(a), r.opened(a), r.clicked(a), r.converted(a), r.revenue(a)));
        }
        return new SimulationSummary(journey.name(), seed, r.customers(), r.treatedCustomers(), r.holdoutCustomers(),
                r.treatedConversions(), r.holdoutConversions(), r.uplift(), totalSent, r.totalUnsubscribes(), nodes,
                actions, r.messagesPerCustomer(), run.totalMillis(), r.firstDay().orElse(LocalDate.EPOCH),
                r.treatedConversionsByDay(), r.holdoutConversionsByDay(), currency,
                ExperimentSummary.of(journey, r));
    }

    /** A node's title, or an action's ("Offer · candidate"), by its key in the journey. */
    static String titleOf(Journey journey, String key) {
        int slash = key.indexOf('/');
        String nodeId = slash < 0 ? key : key.substring(0, slash);
        String title = journey.node(nodeId).map(JourneyNode::title).orElse(nodeId);
        return slash < 0 ? title : title + " · " + key.substring(slash + 1);
    }

    private static String channelOf(Journey journey, String key) {
        int slash = key.indexOf('/');
        String nodeId = slash < 0 ? key : key.substring(0, slash);
        JourneyNode node = journey.node(nodeId).orElse(null);
        if (node instanceof JourneyNode.Action action) {
            return action.message().channel().label();
        }
        if (node instanceof JourneyNode.NextBestAction nba && slash >= 0) {
            String candidate = key.substring(slash + 1);
            return nba.candidates().stream().filter(c -> c.id().equals(candidate)).findFirst()
                    .map(c -> c.message().channel().label()).orElse("");
        }
        return "";
    }
}
