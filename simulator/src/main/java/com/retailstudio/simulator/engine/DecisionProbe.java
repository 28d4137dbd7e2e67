package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Arbitration;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The simulator's stateless decisions for one customer at one moment, outside a run: audience eligibility, the
 * branch of a condition split and the next-best-action winner, evaluated by the same compiled conditions and the
 * same arbitration the engine runs, plus the condition inputs by field name so that another engine (e.g. the
 * exported DMN) can be fed the very same values. Nothing triggered the customer (trigger-event fields are absent) and
 * the customer has no journey history; consent is as in the data.
 */
public final class DecisionProbe {
    private final JourneyPlan plan;
    private final CustomerData data;
    private final ResponseModel model;
    private final ConditionCompiler compiler;
    private final Map<String, Integer> nodeIndex = new LinkedHashMap<>();

    public DecisionProbe(JourneyPlan plan, CustomerData data, ResponseModel model) {
        this.plan = plan;
        this.data = data;
        this.model = model;
        for (int i = 0; i < plan.nodeCount; i++) {
            nodeIndex.put(plan.nodeIds[i], i);
        }
        this.compiler = new ConditionCompiler(id -> nodeIndex.getOrDefault(id, -1));
    }

    /** What the compiled conditions read about a customer at an epoch second. */
    public Moment at(int customer, long epochSecond) {
        return new Moment(customer, epochSecond);
    }

    /** Whether the customer meets the journey's audience. */
    public boolean eligible(Moment m) {
        return plan.audience.test(m);
    }

    /** The port a condition split sends the customer to: the first matching branch's id, or {@code else}. */
    public String branch(String splitNodeId, Moment m) {
        int node = node(splitNodeId);
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) plan.journey().nodes().get(node);
        CompiledCondition[] branches = plan.branches[node];
        for (int b = 0; b < branches.length; b++) {
            if (branches[b].test(m)) {
                return split.branches().get(b).id();
            }
        }
        return JourneyNode.ELSE;
    }

    /**
     * A candidate's propensity (the fitted probability that its send leads to a purchase at the customer's local
     * hour), or empty when the customer lacks the consent it needs and it does not compete.
     */
    public OptionalDouble propensity(String nbaNodeId, String candidateId, Moment m) {
        int slot = plan.actionKeys.indexOf(nbaNodeId + "/" + candidateId);
        if (slot < 0) {
            throw new IllegalArgumentException(nbaNodeId + "/" + candidateId + " is no candidate of the journey");
        }
        int consent = plan.actionConsent.get(slot);
        if ((m.consentBits() & consent) != consent) {
            return OptionalDouble.empty();
        }
        int hour = LocalClock.localHour(data.zone(m.customer()), m.now);
        return OptionalDouble.of(model.purchase(plan.actionDataChannel.get(slot), plan.actionKind.get(slot),
                data.ageBand(m.customer()), hour, data.priceSensitivity(m.customer()), data.tier(m.customer())));
    }

    /** The winning candidate's id by the engine's arbitration, or empty (port {@code none}). */
    public Optional<String> nextBestAction(String nbaNodeId, Moment m, int recentMessages) {
        int node = node(nbaNodeId);
        JourneyNode.NextBestAction nba = (JourneyNode.NextBestAction) plan.journey().nodes().get(node);
        String best = null;
        double bestScore = 0;
        for (JourneyNode.Candidate c : nba.candidates()) {
            OptionalDouble p = propensity(nbaNodeId, c.id(), m);
            if (p.isEmpty()) {
                continue;
            }
            double score = Arbitration.score(p.getAsDouble(), c.value(), c.weight(), nba.fatiguePenalty(),
                    recentMessages);
            if (score > bestScore) {
                best = c.id();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The values of condition fields as a DMN engine takes them: numbers as {@link Double}, yes/no as
     * {@link Boolean}, dates as {@link LocalDate}, durations as {@link Duration}, codes and text as {@link String};
     * {@code null} when the value is absent (no triggering event, or no such event ever for a duration).
     */
    public Map<String, Object> fieldValues(Collection<String> fieldPaths, Moment m) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String path : fieldPaths) {
            values.put(path, value(path, m));
        }
        return values;
    }

    private Object value(String path, Moment m) {
        Field field = FieldCatalogue.standard().lookup(path)
                .orElseThrow(() -> new IllegalArgumentException("the field catalogue has no field " + path));
        Function<ConditionInputs, String> text = compiler.textField(path);
        if (text != null) {
            return text.apply(m);
        }
        ToDoubleFunction<ConditionInputs> number = compiler.numberField(path);
        if (number == null) {
            throw new IllegalArgumentException("the simulator does not know the field " + path);
        }
        double x = number.applyAsDouble(m);
        return switch (field.type()) {
            case BOOLEAN -> x != 0;
            case DATE -> LocalDate.ofEpochDay((long) x);
            case DURATION -> Double.isInfinite(x) ? null : Duration.ofSeconds((long) x);
            default -> Double.isNaN(x) ? null : x;
        };
    }

    private int node(String nodeId) {
        Integer node = nodeIndex.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException(nodeId + " is no node of the journey");
        }
        return node;
    }

    /** A customer at a moment, read the way a run reads it (see {@link CustomerRun}'s condition inputs). */
    public final class Moment extends OutsideARun {
        private final long now;
        private final int start;
        private final int end;

        private Moment(int customer, long now) {
            super(data, customer);
            this.now = now;
            this.start = data.firstEvent(customer);
            this.end = data.endEvent(customer);
        }

        @Override
        public int countEvents(int eventType, long windowSeconds) {
            return data.countEvents(start, end, eventType, now, windowSeconds);
        }

        @Override
        public double secondsSinceLast(int eventType) {
            return data.secondsSinceLast(start, end, eventType, now);
        }
    }

    /** The condition fields a journey's audience and condition splits read, in first-use order. */
    public static List<String> fieldsOf(Journey journey) {
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        collect(journey.audience(), fields);
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.ConditionSplit s) {
                s.branches().forEach(b -> collect(b.condition(), fields));
            }
        }
        return List.copyOf(fields);
    }

    private static void collect(Condition c, Set<String> out) {
        if (c instanceof Condition.Comparison cmp) {
            out.add(cmp.field());
        } else {
            ((Condition.Group) c).conditions().forEach(x -> collect(x, out));
        }
    }
}
