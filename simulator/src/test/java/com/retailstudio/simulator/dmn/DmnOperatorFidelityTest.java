package com.retailstudio.simulator.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.DecisionProbe;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator on every field type — including absent values (no triggering event, never such an event) and
 * AND/OR groups — decides the same in the DMN engine as in the simulator, for every customer of the bundled sample.
 */
@Tag("slow")
class DmnOperatorFidelityTest {

    private static Condition c(String field, Operator op, Object value) {
        ConditionValue v = value instanceof Double d ? new ConditionValue.NumberValue(d)
                : value instanceof Boolean b ? new ConditionValue.BooleanValue(b)
                : value instanceof List<?> l ? new ConditionValue.ListValue(
                        l.stream().map(x -> (ConditionValue) new ConditionValue.TextValue((String) x)).toList())
                : new ConditionValue.TextValue((String) value);
        return new Condition.Comparison(field, op, v);
    }

    private static final List<Condition> CONDITIONS = List.of(
            c("price_sensitivity", Operator.EQUALS, 0.5),
            c("price_sensitivity", Operator.NOT_EQUALS, 0.5),
            c("price_sensitivity", Operator.GREATER_THAN, 0.5),
            c("price_sensitivity", Operator.AT_LEAST, 0.5),
            c("lifetime_value", Operator.LESS_THAN, 250.0),
            c("lifetime_value", Operator.AT_MOST, 250.0),
            c("loyalty_tier", Operator.EQUALS, "GOLD"),
            c("loyalty_tier", Operator.NOT_EQUALS, "GOLD"),
            c("loyalty_tier", Operator.IN, List.of("GOLD", "PLATINUM")),
            c("loyalty_tier", Operator.NOT_IN, List.of("GOLD", "PLATINUM")),
            c("age_band", Operator.IN, List.of("25-34", "35-44")),
            c("preferred_channel", Operator.EQUALS, "email"),
            c("country", Operator.CONTAINS, "E"),
            c("timezone", Operator.CONTAINS, "Europe/"),
            c("signup_date", Operator.AT_LEAST, "2025-06-01"),
            c("signup_date", Operator.LESS_THAN, "2025-06-01"),
            c("signup_date", Operator.NOT_EQUALS, "2025-06-01"),
            c("consent.email_marketing", Operator.EQUALS, true),
            c("consent.email_marketing", Operator.NOT_EQUALS, true),
            c("events.purchase.count_30d", Operator.AT_LEAST, 1.0),
            c("events.page_view.count_7d", Operator.GREATER_THAN, 2.0),
            c("events.purchase.since_last", Operator.GREATER_THAN, "30d"),
            c("events.purchase.since_last", Operator.AT_LEAST, "2w"),
            c("events.purchase.since_last", Operator.LESS_THAN, "30d"),
            c("events.purchase.since_last", Operator.AT_MOST, "30d"),
            c("event.value", Operator.GREATER_THAN, 10.0),
            c("event.value", Operator.NOT_EQUALS, 10.0),
            c("event.channel", Operator.EQUALS, "web"),
            c("event.channel", Operator.NOT_EQUALS, "web"),
            c("event.channel", Operator.NOT_IN, List.of("web")),
            c("journey.welcome.sent", Operator.EQUALS, false),
            Condition.Group.any(c("loyalty_tier", Operator.EQUALS, "GOLD"),
                    Condition.Group.all(c("price_sensitivity", Operator.AT_LEAST, 0.6),
                            c("events.purchase.count_90d", Operator.AT_LEAST, 2.0))),
            Condition.Group.all(c("events.purchase.count_90d", Operator.AT_LEAST, 1.0),
                    c("events.purchase.count_90d", Operator.AT_MOST, 3.0),
                    Condition.Group.any(c("consent.email_marketing", Operator.EQUALS, true),
                            c("consent.push_marketing", Operator.EQUALS, true))));

    @Test
    void everyOperatorAndGroupDecidesTheSameInTheDmnEngineForEveryCustomer(@TempDir Path tmp) throws Exception {
        BundledSample.extractTo(tmp);
        CustomerData data = CustomerData.of(DataSetLoader.load(tmp));
        assertEquals(3000, data.size());
        Journey base = JourneyTemplates.load("welcome-series").orElseThrow();
        List<String> problems = new ArrayList<>();
        int bothOutcomes = 0;
        long decisions = 0;
        for (Condition condition : CONDITIONS) {
            Journey journey = base.withAudience(condition instanceof Condition.Group g ? g : Condition.Group.all(condition));
            DecisionProbe probe = new DecisionProbe(JourneyPlan.compile(journey), data, ResponseModelFitter.fit(data));
            DmnRunner dmn = new DmnRunner(journey);
            int trues = 0;
            int disagreements = 0;
            for (int customer = 0; customer < data.size(); customer++) {
                DecisionProbe.Moment m = probe.at(customer, data.horizonEnd());
                Map<String, Object> vars = dmn.variables(probe, m, 0);
                boolean simulated = probe.eligible(m);
                decisions++;
                trues += simulated ? 1 : 0;
                if (simulated != dmn.eligible(vars)) {
                    disagreements++;
                }
            }
            if (disagreements > 0) {
                problems.add(condition.describe() + ": " + disagreements + " disagreements");
            }
            if (trues > 0 && trues < data.size()) {
                bothOutcomes++;
            }
        }
        System.out.printf("DMN operator fidelity: %d conditions × %d customers = %d decisions, %d conditions disagree, "
                + "%d conditions reach both outcomes%n", CONDITIONS.size(), data.size(), decisions, problems.size(),
                bothOutcomes);
        assertEquals(List.of(), problems);
        assertTrue(bothOutcomes >= 20, "only " + bothOutcomes + " conditions split the sample");
    }
}
