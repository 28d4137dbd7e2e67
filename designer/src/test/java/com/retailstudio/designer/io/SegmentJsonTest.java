package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentJsonTest {

    static Segment goldEmail() {
        return new Segment("gold-email", "Gold with e-mail consent", "Our best customers we may e-mail",
                Condition.Group.all(
                        new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                                new ConditionValue.TextValue("GOLD"), new ConditionValue.TextValue("PLATINUM")))),
                        new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                                new ConditionValue.BooleanValue(true)),
                        Condition.Group.any(
                                new Condition.Comparison("events.purchase.count_30d", Operator.AT_LEAST,
                                        new ConditionValue.NumberValue(2)),
                                new Condition.Comparison("events.cart_abandon.since_last", Operator.LESS_THAN,
                                        new ConditionValue.TextValue("7d")))));
    }

    @Test
    void aSegmentRoundTripsEqualAndByteIdentical() throws Exception {
        String json = SegmentJson.toJson(goldEmail());
        Segment read = SegmentJson.parse(json);
        assertEquals(goldEmail(), read);
        assertEquals(json, SegmentJson.toJson(read));
    }

    @Test
    void conditionsAreWrittenAsInAJourneyFile() {
        String json = SegmentJson.toJson(goldEmail());
        assertTrue(json.contains("\"schemaVersion\": 1"), json);
        assertTrue(json.contains("\"operator\": \"at_least\""), json);
        assertTrue(json.contains("\"any\": ["), json);
    }

    /** The pointer a refusal names, for a segment file whose members after the name are {@code rest}. */
    private static String refusedAt(String id, int schemaVersion, String rest) {
        return assertThrows(JourneyFormatException.class, () -> SegmentJson.parse("{\"schemaVersion\": "
                + schemaVersion + ", \"id\": \"" + id + "\", \"name\": \"S\", \"description\": \"\", " + rest
                + "}")).pointer();
    }

    @Test
    void aBadSegmentIsRefusedNamingThePointerOfItsBadValue() {
        assertEquals("/conditions/all/0/operator", refusedAt("s", 1, "\"conditions\": {\"all\": [{\"field\": "
                + "\"age_band\", \"operator\": \"about\", \"value\": \"65+\"}]}"));
        assertEquals("/id", refusedAt("a b", 1, "\"conditions\": {\"all\": []}"));
        assertEquals("/schemaVersion", refusedAt("s", 2, "\"conditions\": {\"all\": []}"));
        assertEquals("/owner", refusedAt("s", 1, "\"conditions\": {\"all\": []}, \"owner\": \"ana\""));
        assertEquals("/conditions", refusedAt("s", 1, "\"owner\": \"ana\""));
    }

    @Test
    void aNameSuggestsAnId() {
        assertEquals("gold-with-e-mail-consent", Segment.idFor("  Gold with e-mail consent! "));
        assertEquals("segment", Segment.idFor("—"));
    }
}
