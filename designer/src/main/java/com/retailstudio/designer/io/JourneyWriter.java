package com.retailstudio.designer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.SegmentReference;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Writes the journey file format in one canonical layout: fixed member order, two-space indent, LF line ends. */
final class JourneyWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JourneyWriter() {
    }

    static String write(Journey journey) {
        ObjectNode root = F.objectNode();
        root.put("schemaVersion", JourneyJson.SCHEMA_VERSION);
        root.put("id", journey.id());
        root.put("name", journey.name());
        root.put("description", journey.description());
        root.put("version", journey.version());
        ObjectNode goal = root.putObject("goal");
        goal.put("event", journey.goal().event());
        goal.put("within", DurationText.format(journey.goal().window()));
        root.set("entry", entry(journey.entry()));
        root.set("audience", group(journey.audience()));
        journey.audienceSegment().ifPresent(segment -> root.set("audienceSegment", segmentReference(segment)));
        ObjectNode reEntry = root.putObject("reEntry");
        reEntry.put("allowed", journey.reEntry().allowed());
        reEntry.put("cooldown", DurationText.format(journey.reEntry().cooldown()));
        reEntry.put("maxEntries", journey.reEntry().maxEntries());
        ArrayNode nodes = root.putArray("nodes");
        journey.nodes().forEach(n -> nodes.add(node(n)));
        ArrayNode edges = root.putArray("edges");
        for (Edge e : journey.edges()) {
            edges.addObject().put("from", e.from()).put("port", e.port()).put("to", e.to());
        }
        root.set("guardrails", guardrails(journey.guardrails()));
        ObjectNode objectives = root.putObject("objectives");
        number(objectives, "conversions", journey.objectives().conversions());
        number(objectives, "revenue", journey.objectives().revenue());
        number(objectives, "margin", journey.objectives().margin());
        number(objectives, "fatigue", journey.objectives().fatigue());
        return print(root);
    }

    static String print(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode entry(EntryTrigger trigger) {
        ObjectNode o = F.objectNode();
        if (trigger instanceof EntryTrigger.EventTrigger e) {
            o.put("type", "event");
            o.put("event", e.event());
            if (!e.filter().isEmpty()) {
                o.set("filter", group(e.filter()));
            }
        } else if (trigger instanceof EntryTrigger.AudienceTrigger a) {
            o.put("type", "audience");
            o.put("name", a.audienceName());
            o.set("conditions", group(a.conditions()));
        } else if (trigger instanceof EntryTrigger.ScheduleTrigger s) {
            o.put("type", "schedule");
            o.put("start", s.start().toString());
            o.put("at", s.at().format(HH_MM));
            o.put("repeat", s.repeat().json());
        }
        return o;
    }

    static ObjectNode group(Condition.Group group) {
        ObjectNode o = F.objectNode();
        ArrayNode list = o.putArray(group.combinator() == Condition.Combinator.AND ? "all" : "any");
        for (Condition c : group.conditions()) {
            if (c instanceof Condition.Group g) {
                list.add(group(g));
            } else if (c instanceof Condition.Comparison cmp) {
                ObjectNode item = list.addObject();
                item.put("field", cmp.field());
                item.put("operator", cmp.operator().json());
                item.set("value", value(cmp.value()));
            }
        }
        return o;
    }

    private static JsonNode value(ConditionValue value) {
        if (value instanceof ConditionValue.NumberValue n) {
            return numberNode(n.value());
        } else if (value instanceof ConditionValue.TextValue t) {
            return F.textNode(t.value());
        } else if (value instanceof ConditionValue.BooleanValue b) {
            return F.booleanNode(b.value());
        }
        ArrayNode list = F.arrayNode();
        ((ConditionValue.ListValue) value).values().forEach(v -> list.add(value(v)));
        return list;
    }

    private static ObjectNode node(JourneyNode node) {
        ObjectNode o = F.objectNode();
        o.put("id", node.id());
        o.put("type", node.type());
        o.put("title", node.title());
        ObjectNode position = o.putObject("position");
        number(position, "x", node.position().x());
        number(position, "y", node.position().y());
        if (node instanceof JourneyNode.Wait w) {
            o.put("duration", DurationText.format(w.duration()));
            w.untilEvent().ifPresent(e -> o.put("untilEvent", e));
        } else if (node instanceof JourneyNode.ConditionSplit s) {
            ArrayNode branches = o.putArray("branches");
            for (JourneyNode.Branch b : s.branches()) {
                ObjectNode item = branches.addObject();
                item.put("id", b.id());
                item.put("label", b.label());
                item.set("when", group(b.condition()));
            }
        } else if (node instanceof JourneyNode.RandomSplit s) {
            ArrayNode paths = o.putArray("paths");
            for (JourneyNode.Path p : s.paths()) {
                ObjectNode item = paths.addObject();
                item.put("id", p.id());
                item.put("label", p.label());
                number(item, "weight", p.weight());
            }
        } else if (node instanceof JourneyNode.Action a) {
            o.set("message", message(a.message()));
        } else if (node instanceof JourneyNode.NextBestAction nba) {
            ArrayNode candidates = o.putArray("candidates");
            for (JourneyNode.Candidate c : nba.candidates()) {
                ObjectNode item = candidates.addObject();
                item.put("id", c.id());
                item.set("message", message(c.message()));
                number(item, "value", c.value());
                number(item, "weight", c.weight());
            }
            number(o, "fatiguePenalty", nba.fatiguePenalty());
            o.put("sendAtBestHour", nba.sendAtBestHour());
        }
        return o;
    }

    private static ObjectNode message(Message message) {
        ObjectNode o = F.objectNode();
        o.put("channel", message.channel().json());
        o.put("kind", message.kind().json());
        o.put("contentId", message.contentId());
        message.offer().ifPresent(offer -> {
            ObjectNode item = o.putObject("offer");
            if (offer instanceof Offer.PercentOff p) {
                item.put("type", "percent_off");
                number(item, "percent", p.percent());
            } else if (offer instanceof Offer.Bundle b) {
                item.put("type", "bundle");
                item.put("buy", b.buy());
                item.put("free", b.free());
            } else if (offer instanceof Offer.Points p) {
                item.put("type", "points");
                item.put("points", p.points());
            } else if (offer instanceof Offer.PriceOverride p) {
                item.put("type", "price_override");
                number(item, "price", p.price());
            }
        });
        if (message.transactional()) {
            // Written only when true, so files of marketing messages stay byte-identical.
            o.put("transactional", true);
        }
        return o;
    }

    private static ObjectNode guardrails(Guardrails guardrails) {
        ObjectNode o = F.objectNode();
        ArrayNode caps = o.putArray("frequencyCaps");
        guardrails.frequencyCaps().forEach(cap -> caps.add(cap(cap)));
        guardrails.quietHours().ifPresent(q -> o.set("quietHours", quietHours(q)));
        ObjectNode consent = o.putObject("consent");
        for (Map.Entry<JourneyChannel, ConsentPurpose> e : guardrails.consent().channels().entrySet()) {
            consent.put(e.getKey().json(), e.getValue().csv());
        }
        guardrails.consent().personalisedPromotions()
                .ifPresent(p -> consent.put(JourneyJson.PROMOTION_CONSENT_KEY, p.csv()));
        number(o, "holdoutPercent", guardrails.holdoutPercent());
        return o;
    }

    /** One frequency cap, as journeys and portfolio rules write it. */
    static ObjectNode cap(FrequencyCap cap) {
        return F.objectNode().put("channel", cap.channel().map(JourneyChannel::json).orElse("all"))
                .put("max", cap.maxMessages()).put("per", DurationText.format(cap.window()));
    }

    /** A segment reference, as a journey's audience and portfolio rules' suppressed segments write it. */
    static ObjectNode segmentReference(SegmentReference segment) {
        return F.objectNode().put("id", segment.id()).put("version", segment.version()).put("name", segment.name());
    }

    private static ObjectNode quietHours(QuietHours q) {
        ObjectNode o = F.objectNode();
        o.put("from", q.from().format(HH_MM));
        o.put("to", q.to().format(HH_MM));
        ArrayNode channels = o.putArray("channels");
        q.channels().forEach(c -> channels.add(c.json()));
        return o;
    }

    static void number(ObjectNode o, String name, double value) {
        o.set(name, numberNode(value));
    }

    /** Whole numbers as integers ({@code 50}, not {@code 50.0}) so hand-written files stay as written. */
    private static JsonNode numberNode(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return F.numberNode((long) value);
        }
        return F.numberNode(value);
    }
}
