package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.model.Experiment;
import java.math.BigDecimal;

/** A random split's {@code experiment} member in journey files: read with errors at the field, and written. */
final class ExperimentReader {
    private ExperimentReader() {
    }

    static Experiment experiment(JsonObject o) throws JourneyFormatException {
        Experiment.Decision decision = o.parsed("decision", Experiment.Decision::fromJson,
                "\"{}\" is not an experiment decision; use fixed_horizon or pick_winner");
        double alpha = o.has("alpha") ? o.number("alpha", "the significance level must be a number")
                : Experiment.DEFAULT_ALPHA;
        if (!(alpha > 0 && alpha < 1)) {
            throw new JourneyFormatException(o.at("alpha"), "the significance level must lie between 0 and 1, "
                    + "e.g. 0.05");
        }
        int days = 0;
        if (decision == Experiment.Decision.PICK_WINNER) {
            days = o.integer("decideAfterDays");
            if (days < 1) {
                throw new JourneyFormatException(o.at("decideAfterDays"), "a winner is picked after 1 day or more");
            }
        } else if (o.has("decideAfterDays")) {
            throw new JourneyFormatException(o.at("decideAfterDays"), "a fixed-horizon experiment has no decision "
                    + "day; remove it or use pick_winner");
        }
        o.noOtherMembers();
        return new Experiment(decision, days, alpha);
    }

    static ObjectNode json(Experiment experiment) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("decision", experiment.decision().json());
        if (experiment.decision() == Experiment.Decision.PICK_WINNER) {
            o.put("decideAfterDays", experiment.decideAfterDays());
        }
        o.put("alpha", BigDecimal.valueOf(experiment.alpha()));
        return o;
    }
}
