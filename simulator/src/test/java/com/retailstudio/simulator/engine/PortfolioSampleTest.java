package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.io.PortfolioReportJson;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio template on the bundled sample: what a new user sees, the same however the customers are split. */
class PortfolioSampleTest {
    private static final PortfolioRules RULES = PortfolioTemplates.rules(PortfolioTemplates.SHARED_CAPS).orElseThrow();
    private static final List<Journey> JOURNEYS = PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS);

    private static PortfolioRun run(int partitions, int threads) {
        return PortfolioRun.execute(JOURNEYS, RULES, SampleData.data(), SimulationSettings.defaults(42), partitions,
                threads, 0, RunProgress.NONE);
    }

    @Test
    void theTemplateShowsCannibalisationOnTheBundledSample() {
        PortfolioResults r = run(2, 2).results();
        assertEquals(List.of("cart-abandonment", "welcome-series", "winback"), r.journeyIds());
        assertTrue(r.suppressed(SuppressionReason.LOST_TO_PRIORITY) > 0, "nothing lost to priority");
        assertTrue(r.suppressed(SuppressionReason.GLOBAL_CONTROL) > 0, "nothing kept from the global control");
        // Against the global control the figure's sign is the control's sampling noise on 3,000 customers
        // (docs/journey-semantics.md, "Portfolio"); against the customers without marketing it is not.
        assertEquals(r.aloneIncrementalConversions() - r.incrementalConversions(), r.cannibalisation(), 1e-9);
        assertTrue(r.simulatedCannibalisation() > 0, "alone " + r.aloneSimulatedIncrementalConversions()
                + ", together " + r.simulatedIncrementalConversions() + ", against the control "
                + r.cannibalisation());
    }

    @Test
    void oneTwoAndFourPartitionsGiveTheSameReport() {
        String one = findings(run(1, 1));
        assertEquals(one, findings(run(2, 2)));
        assertEquals(one, findings(run(4, 2)));
    }

    private static String findings(PortfolioRun run) {
        return SimulationReportJson.findings(PortfolioReportJson.toJson(SimulationSettings.defaults(42), run,
                DataSetCurrency.DEFAULT)) + run.results().fingerprint();
    }
}
