package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Hand-built customers, events and journeys for the engine's specification tests. */
final class Cases {
    static final Position AT = new Position(0, 0);

    private final List<Customer> customers = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private int eventNumber;

    Cases customer(String id, String zone) {
        return customer(id, zone, LoyaltyTier.GOLD, true);
    }

    Cases customer(String id, String zone, LoyaltyTier tier, boolean consentToAll) {
        return customer(id, zone, tier, consentToAll, LocalDate.of(2024, 1, 1));
    }

    /** A customer who signed up on {@code signup}, consenting to everything. */
    Cases customerSince(String id, String zone, LocalDate signup) {
        return customer(id, zone, LoyaltyTier.GOLD, true, signup);
    }

    /** A customer born on {@code birth} (empty: customers.csv leaves birth_date empty), consenting to everything. */
    Cases customerBorn(String id, String zone, Optional<LocalDate> birth) {
        return customer(id, zone, LoyaltyTier.GOLD, true, LocalDate.of(2024, 1, 1), birth);
    }

    private Cases customer(String id, String zone, LoyaltyTier tier, boolean consentToAll, LocalDate signup) {
        return customer(id, zone, tier, consentToAll, signup, Optional.empty());
    }

    private Cases customer(String id, String zone, LoyaltyTier tier, boolean consentToAll, LocalDate signup,
            Optional<LocalDate> birth) {
        customers.add(new Customer(id, signup, "GB", ZoneId.of(zone), tier, AgeBand.AGE_25_34, 0.5,
                Channel.EMAIL, 100, birth));
        if (consentToAll) {
            for (ConsentPurpose p : ConsentPurpose.values()) {
                consents.add(new Consent(id, p, true, Instant.parse("2025-01-01T00:00:00Z")));
            }
        }
        return this;
    }

    Cases consent(String id, ConsentPurpose purpose) {
        consents.add(new Consent(id, purpose, true, Instant.parse("2025-01-01T00:00:00Z")));
        return this;
    }

    Cases event(String customerId, String timestamp, EventType type) {
        return event(customerId, timestamp, type, Channel.WEB, Double.NaN);
    }

    Cases purchase(String customerId, String timestamp, double value) {
        return event(customerId, timestamp, EventType.PURCHASE, Channel.WEB, value);
    }

    Cases event(String customerId, String timestamp, EventType type, Channel channel, double value) {
        boolean message = type.alwaysCarriesMessageKind();
        events.add(new Event("E" + (++eventNumber), Instant.parse(timestamp), customerId, type, channel,
                message ? Optional.of(com.retailstudio.data.model.MessageKind.REMINDER) : Optional.empty(),
                message ? Optional.of("M" + eventNumber) : Optional.empty(), Optional.empty(),
                Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value)));
        return this;
    }

    CustomerData data() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            index.put(customers.get(i).customerId(), i);
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::timestamp));
        EventTable.Builder table = EventTable.builder(customers.stream().map(Customer::customerId).toList(), List.of());
        for (Event e : sorted) {
            table.add(e, index.get(e.customerId()), -1);
        }
        return CustomerData.of(customers, consents, table.build());
    }

    // ---- journeys ----

    /** Nodes chained by their first port in the order given. */
    static Journey linear(EntryTrigger trigger, Guardrails guardrails, ReEntryPolicy reEntry, JourneyNode... nodes) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.length; i++) {
            edges.add(new Edge(nodes[i].id(), nodes[i].outputPorts().get(0), nodes[i + 1].id()));
        }
        return journey(trigger, guardrails, reEntry, List.of(nodes), edges);
    }

    static Journey journey(EntryTrigger trigger, Guardrails guardrails, ReEntryPolicy reEntry, List<JourneyNode> nodes,
            List<Edge> edges) {
        return new Journey("journey-1", "Test", "", 1, new Goal("purchase", Duration.ofDays(7)), trigger,
                Condition.Group.always(), reEntry, nodes, edges, guardrails, ObjectiveWeights.balanced());
    }

    static EntryTrigger onEvent(String event) {
        return new EntryTrigger.EventTrigger(event, Condition.Group.always());
    }

    static Guardrails guardrails(List<FrequencyCap> caps, Optional<QuietHours> quiet, double holdout) {
        return new Guardrails(caps, quiet, ConsentRules.standard(), holdout);
    }

    static Guardrails none() {
        return guardrails(List.of(), Optional.empty(), 0);
    }

    static QuietHours quiet(JourneyChannel... channels) {
        return new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), List.of(channels));
    }

    static JourneyNode.Entry entry() {
        return new JourneyNode.Entry("entry", "Entry", AT);
    }

    static JourneyNode.Exit exit(String id) {
        return new JourneyNode.Exit(id, "Exit", AT);
    }

    static JourneyNode.Action action(String id, JourneyChannel channel) {
        return new JourneyNode.Action(id, id, AT, Message.of(channel, MessageKind.REMINDER, id));
    }

    static JourneyNode.Wait waitFor(String id, Duration d, String event) {
        return new JourneyNode.Wait(id, id, AT, d, Optional.ofNullable(event));
    }

    // ---- response models ----

    /** Nobody responds: sends never produce events, so the tests see only the journey's own logic. */
    static ResponseModel silent() {
        return constant(0, 0);
    }

    /** A response model where the primary response has probability {@code p} everywhere. */
    static ResponseModel constant(double p, double followUps) {
        int c = ResponseModel.CHANNELS;
        double[][] a = new double[c][ResponseModel.KINDS];
        for (double[] row : a) {
            Arrays.fill(row, p);
        }
        double[][] h = new double[ResponseModel.AGES][ResponseModel.HOURS];
        for (double[] row : h) {
            Arrays.fill(row, 1);
        }
        double[][] m = new double[ResponseModel.KINDS][ResponseModel.BUCKETS];
        for (double[] row : m) {
            Arrays.fill(row, 1);
        }
        double[] values = new double[c];
        Arrays.fill(values, 50);
        return new ResponseModel(a, h, m, followUps, followUps, followUps, new double[c], values);
    }

    // ---- running ----

    static SimulationResults run(Journey journey, CustomerData data, ResponseModel model, SimulationSettings settings) {
        return new Simulator(JourneyPlan.compile(journey), data, model, settings).run(1, 1);
    }

    static SimulationSettings tracing(String... customers) {
        return SimulationSettings.defaults(7).withTrace(Set.of(customers), 0);
    }

    /** The times of trace steps with the decision, at a node. */
    static List<Instant> times(SimulationResults results, String customer, String node, String decision) {
        return results.traces().get(customer).stream()
                .filter(s -> s.nodeId().equals(node) && s.decision().equals(decision))
                .map(TraceStep::time).toList();
    }
}
