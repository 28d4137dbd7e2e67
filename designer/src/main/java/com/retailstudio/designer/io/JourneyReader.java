package com.retailstudio.designer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.model.SegmentReference;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the journey file format (see docs/journey-format.md) strictly, naming the JSON pointer of any bad value. */
final class JourneyReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DURATION_SYNTAX = "\"{}\" is not a duration (a whole number and m, h, d or w, e.g. 3d)";

    private JourneyReader() {
    }

    /** Jackson's refusal in our words: "nested 1,001 levels deep, more than the 1,000 a JSON file may have". */
    private static String limitExceeded(StreamConstraintsException e) {
        Matcher depth = Pattern
                .compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)")
                .matcher(String.valueOf(e.getOriginalMessage()));
        if (depth.find()) {
            return "its values are nested more than " + depth.group(2) + " levels deep, far deeper than any journey";
        }
        return "it exceeds a limit of the JSON reader (" + e.getOriginalMessage().replaceAll(" \\(from.*", "") + ")";
    }

    static Journey read(String json) throws JourneyFormatException {
        JsonObject doc = document(json, "journey", JourneyJson.SCHEMA_VERSION);
        String id = doc.nonEmptyText("id");
        String name = doc.nonEmptyText("name");
        String description = doc.text("description");
        int version = doc.integer("version");
        if (version < 1) {
            throw new JourneyFormatException("/version", "must be 1 or more");
        }
        Goal goal = goal(doc.object("goal", "the goal"));
        EntryTrigger entry = entry(doc.object("entry", "the entry trigger"));
        Condition.Group audience = ConditionReader.group(doc.required("audience"), "/audience");
        Optional<SegmentReference> audienceSegment = doc.has("audienceSegment")
                ? Optional.of(segmentReference(doc.object("audienceSegment", "the audience's segment")))
                : Optional.empty();
        ReEntryPolicy reEntry = reEntry(doc.object("reEntry", "the re-entry policy"));
        List<JourneyNode> nodes = doc.array("nodes", JourneyReader::node);
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Integer earlier = firstIndex.putIfAbsent(nodes.get(i).id(), i);
            if (earlier != null) {
                throw new JourneyFormatException("/nodes/" + i + "/id", "node id \"" + nodes.get(i).id()
                        + "\" is already used by /nodes/" + earlier);
            }
        }
        List<Edge> edges = doc.array("edges", JourneyReader::edge);
        Guardrails guardrails = GuardrailsReader.guardrails(doc.object("guardrails", "the guardrails"));
        ObjectiveWeights objectives = objectives(doc.object("objectives", "the objective weights"));
        doc.noOtherMembers();
        return new Journey(id, name, description, version, goal, entry, audience, reEntry, nodes, edges, guardrails,
                objectives, audienceSegment);
    }

    /** A segment reference ({@code {"id", "version", "name"}}), as journeys and portfolio rules write it. */
    static SegmentReference segmentReference(JsonObject o) throws JourneyFormatException {
        String id = o.nonEmptyText("id");
        if (!Segment.ID.matcher(id).matches()) {
            throw new JourneyFormatException(o.at("id"), "\"" + id + "\" is not a segment id: use letters, digits, - "
                    + "and _");
        }
        int version = o.integer("version");
        if (version < 1) {
            throw new JourneyFormatException(o.at("version"), "must be 1 or more");
        }
        SegmentReference reference = new SegmentReference(id, version, o.nonEmptyText("name"));
        o.noOtherMembers();
        return reference;
    }

    /**
     * The top object of a document of ours ({@code what}: "journey", "segment"), after its {@code schemaVersion} is
     * found one this code reads.
     */
    static JsonObject document(String json, String what, int readsUpTo) throws JourneyFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            // Jackson's limits (nesting depth, a number's or a name's length) carry no location
            throw new JourneyFormatException("", "not a " + what + ": " + limitExceeded(e));
        } catch (JsonProcessingException e) {
            throw new JourneyFormatException("", "not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        JsonObject doc = JsonObject.of(root, "", "a " + what + " file");
        int schemaVersion = doc.integer("schemaVersion");
        if (schemaVersion > readsUpTo) {
            throw new JourneyFormatException("/schemaVersion", "version " + schemaVersion
                    + " was written by a newer Retail Studio; this one reads version " + readsUpTo);
        }
        if (schemaVersion < 1) {
            throw new JourneyFormatException("/schemaVersion", "must be 1 or more");
        }
        return doc;
    }

    private static Goal goal(JsonObject o) throws JourneyFormatException {
        Goal goal = new Goal(o.nonEmptyText("event"), duration(o, "within"));
        o.noOtherMembers();
        return goal;
    }

    private static EntryTrigger entry(JsonObject o) throws JourneyFormatException {
        String type = o.text("type");
        EntryTrigger trigger = switch (type) {
            case "event" -> new EntryTrigger.EventTrigger(o.nonEmptyText("event"),
                    o.has("filter") ? ConditionReader.group(o.required("filter"), o.at("filter")) : orAlways(o, "filter"));
            case "audience" -> new EntryTrigger.AudienceTrigger(o.nonEmptyText("name"),
                    ConditionReader.group(o.required("conditions"), o.at("conditions")));
            case "schedule" -> new EntryTrigger.ScheduleTrigger(
                    o.parsed("start", JourneyReader::date, "\"{}\" is not a date (yyyy-MM-dd)"),
                    o.parsed("at", JourneyReader::time, "\"{}\" is not a time of day (HH:mm)"),
                    o.parsed("repeat", EntryTrigger.Repeat::fromJson,
                            "\"{}\" is not a repeat; use once, daily, weekly or monthly"));
            default -> throw new JourneyFormatException(o.at("type"), "\"" + type
                    + "\" is not an entry type; use event, audience or schedule");
        };
        o.noOtherMembers();
        return trigger;
    }

    private static Condition.Group orAlways(JsonObject o, String name) {
        o.optional(name);
        return Condition.Group.always();
    }

    private static ReEntryPolicy reEntry(JsonObject o) throws JourneyFormatException {
        boolean allowed = o.bool("allowed");
        Duration cooldown = duration(o, "cooldown");
        int max = o.integer("maxEntries");
        if (max < 1) {
            throw new JourneyFormatException(o.at("maxEntries"), "must be 1 or more");
        }
        o.noOtherMembers();
        return new ReEntryPolicy(allowed, cooldown, max);
    }

    private static JourneyNode node(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "a node");
        String id = o.nonEmptyText("id");
        String type = o.text("type");
        String title = o.text("title");
        Position position = position(o.object("position", "a position"));
        JourneyNode node = switch (type) {
            case "entry" -> new JourneyNode.Entry(id, title, position);
            case "exit" -> new JourneyNode.Exit(id, title, position);
            case "wait" -> new JourneyNode.Wait(id, title, position, duration(o, "duration"),
                    o.optionalText("untilEvent"));
            case "condition_split" -> new JourneyNode.ConditionSplit(id, title, position,
                    uniqueIds(o, "branches", o.array("branches", JourneyReader::branch), JourneyNode.Branch::id));
            case "random_split" -> new JourneyNode.RandomSplit(id, title, position,
                    uniqueIds(o, "paths", o.array("paths", JourneyReader::path), JourneyNode.Path::id));
            case "action" -> new JourneyNode.Action(id, title, position, message(o.object("message", "a message")));
            case "next_best_action" -> nextBestAction(o, id, title, position);
            default -> throw new JourneyFormatException(o.at("type"), "\"" + type + "\" is not a node type; use "
                    + "entry, wait, condition_split, random_split, action, next_best_action or exit");
        };
        o.noOtherMembers();
        return node;
    }

    private static JourneyNode nextBestAction(JsonObject o, String id, String title, Position position)
            throws JourneyFormatException {
        List<JourneyNode.Candidate> candidates = uniqueIds(o, "candidates",
                o.array("candidates", JourneyReader::candidate), JourneyNode.Candidate::id);
        double penalty = o.number("fatiguePenalty", "the fatigue penalty must be a number");
        if (penalty < 0) {
            throw new JourneyFormatException(o.at("fatiguePenalty"), "the fatigue penalty must be 0 or more");
        }
        return new JourneyNode.NextBestAction(id, title, position, candidates, penalty, o.bool("sendAtBestHour"));
    }

    private static <T> List<T> uniqueIds(JsonObject o, String member, List<T> items, Function<T, String> id)
            throws JourneyFormatException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key.equals(JourneyNode.ELSE)) {
                throw new JourneyFormatException(o.at(member) + "/" + i + "/id", "\"else\" is reserved for the "
                        + "customers no branch matched");
            }
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                throw new JourneyFormatException(o.at(member) + "/" + i + "/id", "id \"" + key
                        + "\" is already used by " + o.at(member) + "/" + earlier);
            }
        }
        return items;
    }

    private static JourneyNode.Branch branch(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "a branch");
        JourneyNode.Branch branch = new JourneyNode.Branch(o.nonEmptyText("id"), o.text("label"),
                ConditionReader.group(o.required("when"), o.at("when")));
        o.noOtherMembers();
        return branch;
    }

    private static JourneyNode.Path path(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "a split path");
        String id = o.nonEmptyText("id");
        String label = o.text("label");
        double weight = o.number("weight", "split weights must be numbers");
        if (weight < 0) {
            throw new JourneyFormatException(o.at("weight"), "split weights must be 0 or more");
        }
        o.noOtherMembers();
        return new JourneyNode.Path(id, label, weight);
    }

    private static JourneyNode.Candidate candidate(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "a candidate");
        String id = o.nonEmptyText("id");
        Message message = message(o.object("message", "a message"));
        double value = o.number("value", "a candidate's value must be a number");
        double weight = o.number("weight", "a candidate's weight must be a number");
        if (value < 0 || weight < 0) {
            throw new JourneyFormatException(o.at(value < 0 ? "value" : "weight"), "must be 0 or more");
        }
        o.noOtherMembers();
        return new JourneyNode.Candidate(id, message, value, weight);
    }

    private static Message message(JsonObject o) throws JourneyFormatException {
        JourneyChannel channel = o.parsed("channel", JourneyChannel::fromJson, "\"{}\" is not a channel; use "
                + String.join(", ", Arrays.stream(JourneyChannel.values()).map(JourneyChannel::json).toList()));
        MessageKind kind = o.parsed("kind", MessageKind::fromJson, "\"{}\" is not a message kind; use "
                + String.join(", ", Arrays.stream(MessageKind.values()).map(MessageKind::json).toList()));
        String content = o.nonEmptyText("contentId");
        Optional<Offer> offer = o.has("offer") ? Optional.of(offer(o.object("offer", "an offer"))) : none(o, "offer");
        boolean transactional = o.has("transactional") && o.bool("transactional");
        o.optional("transactional");
        o.noOtherMembers();
        return new Message(channel, kind, content, offer, transactional);
    }

    static <T> Optional<T> none(JsonObject o, String name) {
        o.optional(name);
        return Optional.empty();
    }

    private static Offer offer(JsonObject o) throws JourneyFormatException {
        String type = o.text("type");
        Offer offer = switch (type) {
            case "percent_off" -> {
                double percent = o.number("percent", "the percentage off must be a number");
                if (!(percent > 0 && percent < 100)) {
                    throw new JourneyFormatException(o.at("percent"), "the percentage off must be above 0 and below 100");
                }
                yield new Offer.PercentOff(percent);
            }
            case "bundle" -> {
                int buy = o.integer("buy");
                int free = o.integer("free");
                if (buy < 1 || free < 1) {
                    throw new JourneyFormatException(o.at(buy < 1 ? "buy" : "free"), "must be 1 or more");
                }
                yield new Offer.Bundle(buy, free);
            }
            case "points" -> {
                int points = o.integer("points");
                if (points < 1) {
                    throw new JourneyFormatException(o.at("points"), "must be 1 or more");
                }
                yield new Offer.Points(points);
            }
            case "price_override" -> new Offer.PriceOverride(o.number("price", "a price must be a number"));
            default -> throw new JourneyFormatException(o.at("type"), "\"" + type
                    + "\" is not an offer type; use percent_off, bundle or points");
        };
        o.noOtherMembers();
        return offer;
    }

    private static Edge edge(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "an edge");
        Edge edge = new Edge(o.nonEmptyText("from"), o.nonEmptyText("port"), o.nonEmptyText("to"));
        o.noOtherMembers();
        return edge;
    }

    private static Position position(JsonObject o) throws JourneyFormatException {
        Position p = new Position(o.number("x", "x must be a number"), o.number("y", "y must be a number"));
        o.noOtherMembers();
        return p;
    }

    private static ObjectiveWeights objectives(JsonObject o) throws JourneyFormatException {
        double[] w = new double[4];
        String[] names = {"conversions", "revenue", "margin", "fatigue"};
        for (int i = 0; i < names.length; i++) {
            w[i] = o.number(names[i], "objective weights must be numbers");
            if (w[i] < 0) {
                throw new JourneyFormatException(o.at(names[i]), "objective weights must be 0 or more");
            }
        }
        o.noOtherMembers();
        return new ObjectiveWeights(w[0], w[1], w[2], w[3]);
    }

    static Duration duration(JsonObject o, String name) throws JourneyFormatException {
        return o.parsed(name, DurationText::parse, DURATION_SYNTAX);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String text) {
        if (!text.matches("\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
