package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.simulator.model.SimulationResults;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journey compiled once for execution: nodes as indexes with successor arrays per port, conditions as predicates,
 * messages as channel, kind and consent bits, guardrails as plain numbers. Immutable and shared by all partitions.
 */
public final class JourneyPlan {
    static final int ENTRY = 0;
    static final int WAIT = 1;
    static final int CONDITION_SPLIT = 2;
    static final int RANDOM_SPLIT = 3;
    static final int ACTION = 4;
    static final int NEXT_BEST_ACTION = 5;
    static final int EXIT = 6;

    static final int TRIGGER_EVENT = 0;
    static final int TRIGGER_AUDIENCE = 1;
    static final int TRIGGER_SCHEDULE = 2;

    final Journey journey;
    final String journeyId;
    final int nodeCount;
    final String[] nodeIds;
    final List<List<String>> ports;
    final int[] kind;
    final int[][] next;
    final int entryNode;
    // wait
    final long[] waitSeconds;
    final int[] waitUntilType;
    /** Per wait node, its local time to wait until, or null for a wait of {@link #waitSeconds}. */
    final LocalWaitTime[] waitLocal;
    // condition split
    final CompiledCondition[][] branches;
    // random split
    final double[][] cumulative;
    // actions: per node the action slot, or for next-best-action the candidates' slots
    final int[] actionOf;
    final int[][] candidatesOf;
    /** Per action or next-best-action node, whether its send waits for the customer's best hour. */
    final boolean[] sendAtBestHour;
    final double[] nbaFatigue;
    final List<String> actionKeys = new ArrayList<>();
    final List<Integer> actionJourneyChannel = new ArrayList<>();
    final List<Integer> actionDataChannel = new ArrayList<>();
    final List<Integer> actionKind = new ArrayList<>();
    final List<Integer> actionConsent = new ArrayList<>();
    final List<Double> actionValue = new ArrayList<>();
    final List<Double> actionWeight = new ArrayList<>();
    final List<Integer> actionNode = new ArrayList<>();
    final List<Boolean> actionTransactional = new ArrayList<>();
    // entry
    final int trigger;
    final int triggerType;
    final CompiledCondition triggerFilter;
    final CompiledCondition audience;
    final EntryTrigger.ScheduleTrigger schedule;
    final boolean reEntry;
    final long cooldownSeconds;
    final int maxEntries;
    // exit criteria: per criterion an event type, or -1 and a condition
    final int[] exitEventType;
    final CompiledCondition[] exitCondition;
    final String[] exitCriterionText;
    // goal
    final int goalType;
    final long goalWindowSeconds;
    // guardrails
    final CapColumns caps;
    final LocalTime quietFrom;
    final LocalTime quietTo;
    final int quietChannels;
    final QuietHours quietHours;
    final double holdoutPercent;
    // experiment splits and the winners picked for them
    final ExperimentSplits experiments;

    private JourneyPlan(Journey journey, List<ExperimentWinner> winners) {
        this.journey = journey;
        experiments = new ExperimentSplits(journey, winners);
        journeyId = journey.id();
        List<JourneyNode> nodes = journey.nodes();
        nodeCount = nodes.size();
        nodeIds = new String[nodeCount];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            nodeIds[i] = nodes.get(i).id();
            index.put(nodeIds[i], i);
        }
        ConditionCompiler compiler = new ConditionCompiler(id -> index.getOrDefault(id, -1));
        ports = nodes.stream().map(JourneyNode::outputPorts).toList();
        kind = new int[nodeCount];
        next = new int[nodeCount][];
        waitSeconds = new long[nodeCount];
        waitUntilType = new int[nodeCount];
        branches = new CompiledCondition[nodeCount][];
        cumulative = new double[nodeCount][];
        actionOf = new int[nodeCount];
        candidatesOf = new int[nodeCount][];
        nbaFatigue = new double[nodeCount];
        sendAtBestHour = new boolean[nodeCount];
        waitLocal = new LocalWaitTime[nodeCount];
        int entry = -1;
        for (int i = 0; i < nodeCount; i++) {
            JourneyNode node = nodes.get(i);
            List<String> nodePorts = ports.get(i);
            next[i] = new int[nodePorts.size()];
            Arrays.fill(next[i], -1);
            for (Edge e : journey.edgesFrom(node.id())) {
                int p = nodePorts.indexOf(e.port());
                Integer target = index.get(e.to());
                if (p >= 0 && target != null) {
                    next[i][p] = target;
                }
            }
            actionOf[i] = -1;
            waitUntilType[i] = -1;
            if (node instanceof JourneyNode.Entry) {
                kind[i] = ENTRY;
                if (entry < 0) {
                    entry = i;
                }
            } else if (node instanceof JourneyNode.Wait w) {
                kind[i] = WAIT;
                waitSeconds[i] = w.duration().toSeconds();
                waitUntilType[i] = w.untilEvent().map(e -> eventType(e, "wait " + node.id())).orElse(-1);
                waitLocal[i] = w.until().map(u -> LocalWaitTime.compile(u, node.id())).orElse(null);
            } else if (node instanceof JourneyNode.ConditionSplit s) {
                kind[i] = CONDITION_SPLIT;
                branches[i] = s.branches().stream().map(b -> compiler.compile(b.condition()))
                        .toArray(CompiledCondition[]::new);
            } else if (node instanceof JourneyNode.RandomSplit r) {
                kind[i] = RANDOM_SPLIT;
                double total = r.paths().stream().mapToDouble(p -> Math.max(0, p.weight())).sum();
                cumulative[i] = new double[r.paths().size()];
                double sum = 0;
                for (int p = 0; p < cumulative[i].length; p++) {
                    sum += Math.max(0, r.paths().get(p).weight());
                    cumulative[i][p] = total == 0 ? (p + 1.0) / cumulative[i].length : sum / total;
                }
            } else if (node instanceof JourneyNode.Action a) {
                kind[i] = ACTION;
                actionOf[i] = addAction(node.id(), i, a.message(), 1, 1);
                sendAtBestHour[i] = a.sendAtBestHour();
            } else if (node instanceof JourneyNode.NextBestAction nba) {
                kind[i] = NEXT_BEST_ACTION;
                int nodeIndex = i;
                candidatesOf[i] = nba.candidates().stream()
                        .mapToInt(c -> addAction(node.id() + "/" + c.id(), nodeIndex, c.message(), c.value(),
                                c.weight()))
                        .toArray();
                nbaFatigue[i] = nba.fatiguePenalty();
                sendAtBestHour[i] = nba.sendAtBestHour();
            } else {
                kind[i] = EXIT;
            }
        }
        if (entry < 0) {
            throw new IllegalArgumentException("the journey has no entry node");
        }
        entryNode = entry;
        EntryTrigger t = journey.entry();
        if (t instanceof EntryTrigger.EventTrigger e) {
            trigger = TRIGGER_EVENT;
            triggerType = eventType(e.event(), "the entry trigger");
            triggerFilter = compiler.compile(e.filter());
            schedule = null;
        } else if (t instanceof EntryTrigger.AudienceTrigger a) {
            trigger = TRIGGER_AUDIENCE;
            triggerType = -1;
            triggerFilter = compiler.compile(a.conditions());
            schedule = null;
        } else {
            trigger = TRIGGER_SCHEDULE;
            triggerType = -1;
            triggerFilter = CompiledCondition.ALWAYS;
            schedule = (EntryTrigger.ScheduleTrigger) t;
        }
        audience = compiler.compile(journey.audience());
        reEntry = journey.reEntry().allowed();
        cooldownSeconds = journey.reEntry().cooldown().toSeconds();
        maxEntries = journey.reEntry().allowed() ? journey.reEntry().maxEntries() : 1;
        List<ExitCriterion> criteria = journey.exitCriteria();
        exitEventType = new int[criteria.size()];
        exitCondition = new CompiledCondition[criteria.size()];
        exitCriterionText = new String[criteria.size()];
        for (int k = 0; k < criteria.size(); k++) {
            ExitCriterion criterion = criteria.get(k);
            exitCriterionText[k] = criterion.summary();
            exitEventType[k] = criterion instanceof ExitCriterion.OnEvent e
                    ? eventType(e.event(), "exit criterion " + (k + 1)) : -1;
            exitCondition[k] = criterion instanceof ExitCriterion.WhenCondition c
                    ? compiler.compile(c.condition()) : null;
        }
        goalType = eventType(journey.goal().event(), "the goal");
        goalWindowSeconds = journey.goal().window().toSeconds();
        caps = new CapColumns(journey.guardrails().frequencyCaps());
        quietHours = journey.guardrails().quietHours().orElse(null);
        quietFrom = quietHours == null ? null : quietHours.from();
        quietTo = quietHours == null ? null : quietHours.to();
        int quiet = 0;
        if (quietHours != null) {
            for (JourneyChannel c : quietHours.channels()) {
                quiet |= 1 << c.ordinal();
            }
        }
        quietChannels = quiet;
        holdoutPercent = journey.guardrails().holdoutPercent();
    }

    /** Compiles a journey; fails with a plain sentence when it names fields, events or nodes the engine cannot run. */
    public static JourneyPlan compile(Journey journey) {
        return new JourneyPlan(journey, List.of());
    }

    /** The same journey with these winners taking their experiment splits from their decision times on. */
    public JourneyPlan withExperimentWinners(List<ExperimentWinner> winners) {
        return new JourneyPlan(journey, winners);
    }

    private int addAction(String key, int node, Message message, double value, double weight) {
        int slot = actionKeys.size();
        actionKeys.add(key);
        actionNode.add(node);
        actionTransactional.add(message.transactional());
        actionJourneyChannel.add(message.channel().ordinal());
        actionDataChannel.add(message.channel().dataChannel().ordinal());
        actionKind.add(com.retailstudio.data.model.MessageKind.fromCsv(message.kind().json()).orElseThrow().ordinal());
        int consent = 0;
        Optional<ConsentPurpose> purpose = journey.guardrails().consent().forChannel(message.channel());
        if (purpose.isPresent()) {
            consent |= 1 << purpose.get().ordinal();
        }
        if (message.kind() == MessageKind.PROMOTION && message.offer().isPresent()) {
            Optional<ConsentPurpose> promo = journey.guardrails().consent().personalisedPromotions();
            if (promo.isPresent()) {
                consent |= 1 << promo.get().ordinal();
            }
        }
        actionConsent.add(consent);
        actionValue.add(value);
        actionWeight.add(weight);
        return slot;
    }

    private static int eventType(String spelling, String where) {
        return EventType.fromCsv(spelling).orElseThrow(() -> new IllegalArgumentException(
                where + " names the event " + spelling + ", which is not an event type of the data contract"))
                .ordinal();
    }

    /** An empty result sheet shaped for this journey. */
    public SimulationResults newResults(int traceFirst) {
        return newResults(traceFirst, 0);
    }

    /** Empty results for this plan, keeping {@code tracesPerReasons} example traces per combination of reasons. */
    public SimulationResults newResults(int traceFirst, int tracesPerReasons) {
        return new SimulationResults(List.of(nodeIds), ports, actionKeys, traceFirst, tracesPerReasons)
                .withTransactionalActions(actionTransactional)
                .withExperiments(experiments.nodeIds, experiments.variantIds)
                .withExitCriteria(List.of(exitCriterionText));
    }

    public Journey journey() {
        return journey;
    }

    int actionCount() {
        return actionKeys.size();
    }
}
