package com.retailstudio.simulator.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.model.SegmentReference;
import com.retailstudio.simulator.engine.AudienceCounter;
import com.retailstudio.simulator.engine.AudienceData;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.DecisionProbe;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey whose audience is a saved segment: the segment's count, the simulator's eligibility at entry and the
 * exported DMN (run by Camunda) agree on every customer of the sample, through the journey file.
 */
@Tag("slow") // Camunda on every customer of the sample; fast: AudienceCounterTest, DmnExporterTest
class SegmentAudienceDmnTest {

    @Test
    void theSegmentTheSimulatorAndTheExportedDmnAgreeOnWhoIsInTheAudience(@TempDir Path tmp) throws Exception {
        BundledSample.extractTo(tmp);
        AudienceData data = AudienceData.of(DataSetLoader.load(tmp));
        CustomerData customers = data.customers();
        Segment segment = new Segment("gold-recent", "Gold, bought lately", "", Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                        new ConditionValue.TextValue("GOLD"), new ConditionValue.TextValue("PLATINUM")))),
                Condition.Group.any(
                        new Condition.Comparison("events.purchase.count_30d", Operator.AT_LEAST,
                                new ConditionValue.NumberValue(1)),
                        new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                                new ConditionValue.BooleanValue(true)))));
        Journey written = JourneyTemplates.load("cart-abandonment").orElseThrow();
        // the journey as the file carries it: read back, so the format keeps the segment and its conditions
        Journey journey = JourneyJson.parse(JourneyJson.toJson(written.withAudienceSegment(
                new SegmentReference(segment.id(), 3, segment.name()), segment.conditions())));
        assertEquals(segment.conditions(), journey.audience());

        int counted = AudienceCounter.count(data, segment.conditions()).size();
        DecisionProbe probe = new DecisionProbe(JourneyPlan.compile(journey), customers,
                ResponseModelFitter.fit(customers));
        DmnRunner dmn = new DmnRunner(journey);
        int simulated = 0;
        int decided = 0;
        for (int c = 0; c < customers.size(); c++) {
            DecisionProbe.Moment m = probe.at(c, customers.horizonEnd());
            boolean eligible = probe.eligible(m);
            simulated += eligible ? 1 : 0;
            boolean engine = dmn.eligible(dmn.variables(probe, m, 0));
            decided += engine ? 1 : 0;
            assertEquals(eligible, engine, "customer #" + c);
        }
        assertEquals(counted, simulated);
        assertEquals(counted, decided);
        assertTrue(counted > 0 && counted < customers.size(), "the segment splits the sample: " + counted);
        assertTrue(DmnExporter.toDmn(journey).contains("(Gold, bought lately (segment gold-recent v3))"),
                "the decision names the segment version it carries");
    }
}
