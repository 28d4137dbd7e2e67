package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.WaitUntil;
import java.time.LocalTime;
import java.util.Optional;

/** Reads the timing parts of a journey file: a wait's {@code until} and the journey's {@code exitCriteria}. */
final class TimingReader {
    private static final String TIME_SYNTAX = "\"{}\" is not a time of day (HH:mm)";

    private TimingReader() {
    }

    static WaitUntil waitUntil(JsonObject o) throws JourneyFormatException {
        String type = o.text("type");
        WaitUntil until = switch (type) {
            case "time_of_day" -> new WaitUntil.TimeOfDay(o.parsed("at", JourneyReader::time, TIME_SYNTAX));
            case "weekday" -> new WaitUntil.Weekday(
                    o.parsed("day", WaitUntil.Weekday::fromJson, "\"{}\" is not a day of the week; use monday, "
                            + "tuesday, wednesday, thursday, friday, saturday or sunday"),
                    o.has("at") ? Optional.of(o.parsed("at", JourneyReader::time, TIME_SYNTAX)) : orNone(o, "at"));
            case "date_attribute" -> dateAttribute(o);
            default -> throw new JourneyFormatException(o.at("type"), "\"" + type
                    + "\" is not a kind of local-time wait; use time_of_day, weekday or date_attribute");
        };
        o.noOtherMembers();
        return until;
    }

    private static Optional<LocalTime> orNone(JsonObject o, String name) {
        o.optional(name);
        return Optional.empty();
    }

    private static WaitUntil dateAttribute(JsonObject o) throws JourneyFormatException {
        String field = o.nonEmptyText("field");
        int offset = o.integer("offsetDays");
        if (Math.abs(offset) > WaitUntil.MAX_OFFSET_DAYS) {
            throw new JourneyFormatException(o.at("offsetDays"), "must be within " + WaitUntil.MAX_OFFSET_DAYS
                    + " days either way");
        }
        LocalTime at = o.parsed("at", JourneyReader::time, TIME_SYNTAX);
        boolean yearly = o.bool("yearly");
        return new WaitUntil.DateAttribute(field, offset, at, yearly);
    }

    /** An optional true/false member, false when absent. */
    static boolean flag(JsonObject o, String name) throws JourneyFormatException {
        return o.optional(name).isPresent() && o.bool(name);
    }

    static ExitCriterion exitCriterion(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "an exit criterion");
        String type = o.text("type");
        ExitCriterion criterion = switch (type) {
            case "event" -> new ExitCriterion.OnEvent(o.nonEmptyText("event"));
            case "condition" -> new ExitCriterion.WhenCondition(
                    ConditionReader.group(o.required("when"), o.at("when")));
            default -> throw new JourneyFormatException(o.at("type"), "\"" + type
                    + "\" is not a kind of exit criterion; use event or condition");
        };
        o.noOtherMembers();
        return criterion;
    }
}
