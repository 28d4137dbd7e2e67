package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.WaitUntil;
import java.util.List;

/** Writes the timing parts of a journey file ({@link TimingReader} reads them), in the canonical member order. */
final class TimingWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TimingWriter() {
    }

    static ObjectNode waitUntil(WaitUntil until) {
        ObjectNode o = F.objectNode();
        o.put("type", until.type());
        if (until instanceof WaitUntil.TimeOfDay t) {
            o.put("at", t.at().toString());
        } else if (until instanceof WaitUntil.Weekday w) {
            o.put("day", WaitUntil.Weekday.json(w.day()));
            w.at().ifPresent(at -> o.put("at", at.toString()));
        } else if (until instanceof WaitUntil.DateAttribute d) {
            o.put("field", d.field());
            o.put("offsetDays", d.offsetDays());
            o.put("at", d.at().toString());
            o.put("yearly", d.yearly());
        }
        return o;
    }

    static ArrayNode exitCriteria(List<ExitCriterion> criteria) {
        ArrayNode list = F.arrayNode();
        for (ExitCriterion c : criteria) {
            ObjectNode o = list.addObject();
            o.put("type", c.type());
            if (c instanceof ExitCriterion.OnEvent e) {
                o.put("event", e.event());
            } else if (c instanceof ExitCriterion.WhenCondition w) {
                o.set("when", JourneyWriter.group(w.condition()));
            }
        }
        return list;
    }
}
