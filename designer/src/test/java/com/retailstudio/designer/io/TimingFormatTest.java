package com.retailstudio.designer.io;

import static com.retailstudio.designer.io.JourneyJsonTest.errorAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.TestJourneys;
import org.junit.jupiter.api.Test;

/** The timing parts of the journey file: how they are written, and bad values named by their pointer. */
class TimingFormatTest {
    /** The node with id {@code id} in the file. */
    private static ObjectNode node(ObjectNode root, String id) {
        for (var n : root.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return (ObjectNode) n;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void timingIsWrittenInTheFileAndOnlyWhenUsed() {
        String json = JourneyJson.toJson(TestJourneys.everything());
        assertTrue(json.contains("\"until\": {\n        \"type\": \"time_of_day\",\n        \"at\": \"09:30\"\n      }"),
                json);
        assertTrue(json.contains("\"type\": \"weekday\",\n        \"day\": \"saturday\",\n        \"at\": \"10:00\""));
        assertTrue(json.contains("\"field\": \"signup_date\",\n        \"offsetDays\": -3,"));
        assertTrue(json.contains("\"sendAtBestHour\": true"));
        assertTrue(json.contains("\"exitCriteria\": [\n    {\n      \"type\": \"event\",\n      \"event\": \"unsubscribe\""));
        String clean = JourneyJson.toJson(TestJourneys.clean());
        assertTrue(!clean.contains("exitCriteria") && !clean.contains("until\""), clean);
    }

    @Test
    void aWaitWithBothATimeAndADurationIsRefused() throws Exception {
        assertEquals("/nodes/7/duration: a wait with \"until\" ends at that local time; remove the duration",
                errorAfter(r -> node(r, "morning").put("duration", "3d")));
    }

    @Test
    void anUnknownDayOrKindOfWaitIsNamed() throws Exception {
        assertEquals("/nodes/8/until/day: \"caturday\" is not a day of the week; use monday, tuesday, wednesday, "
                + "thursday, friday, saturday or sunday",
                errorAfter(r -> ((ObjectNode) node(r, "saturday").get("until")).put("day", "caturday")));
        assertEquals("/nodes/7/until/type: \"sunrise\" is not a kind of local-time wait; use time_of_day, weekday "
                + "or date_attribute", errorAfter(r -> ((ObjectNode) node(r, "morning").get("until"))
                .put("type", "sunrise")));
    }

    @Test
    void anOffsetOfMoreThanAYearIsRefused() throws Exception {
        assertEquals("/nodes/9/until/offsetDays: must be within 366 days either way",
                errorAfter(r -> ((ObjectNode) node(r, "anniversary").get("until")).put("offsetDays", 400)));
    }

    @Test
    void anUnknownKindOfExitCriterionIsNamed() throws Exception {
        assertEquals("/exitCriteria/1/type: \"attribute\" is not a kind of exit criterion; use event or condition",
                errorAfter(r -> ((ObjectNode) r.get("exitCriteria").get(1)).put("type", "attribute")));
    }
}
