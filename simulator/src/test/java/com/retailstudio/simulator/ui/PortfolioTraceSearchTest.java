package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.RunProgress;
import com.retailstudio.simulator.model.TraceReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Portfolio tab's trace search: examples of the portfolio's reasons, a customer across the journeys. */
class PortfolioTraceSearchTest {
    private static TraceSearch search;

    @BeforeAll
    static void runTheTemplate() throws IOException {
        Path sample = Files.createTempDirectory("portfolio-trace-search");
        BundledSample.extractTo(sample);
        CustomerData data = CustomerData.of(DataSetLoader.load(sample));
        PortfolioRun run = PortfolioRun.execute(PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS),
                PortfolioTemplates.rules(PortfolioTemplates.SHARED_CAPS).orElseThrow(), data,
                EngineRuns.settings(42), 2, 2, 0, RunProgress.NONE);
        search = TraceSearch.of(run);
    }

    @Test
    void questionsNameThePortfoliosReasonsWithoutTheJourneysLookAlikes() {
        assertEquals(Set.of(TraceReason.GLOBAL_CONTROL), TraceQuestion.reasons("in the global control group"));
        assertEquals(Set.of(TraceReason.PORTFOLIO_CAP), TraceQuestion.reasons("suppressed by a portfolio cap"));
        assertEquals(Set.of(TraceReason.SUPPRESSED), TraceQuestion.reasons("on a suppression list"));
        assertEquals(Set.of(TraceReason.LOST_TO_PRIORITY, TraceReason.CONVERTED),
                TraceQuestion.reasons("lost to priority and converted"));
        assertEquals(Set.of(TraceReason.FREQUENCY_CAP, TraceReason.HOLDOUT),
                TraceQuestion.reasons("Frequency cap, in the holdout"));
    }

    @Test
    void anExampleOfASendLostToPriorityIsShownAcrossTheJourneys() {
        CustomerTraceViewModel traces = new CustomerTraceViewModel();
        traces.use(search);
        traces.traceCustomerProperty().set("a customer who lost to a higher-priority journey");
        traces.search();
        CustomerTraceViewModel.ShownTrace shown = traces.shownTraceProperty().get();
        assertTrue(shown.reasons().contains(TraceReason.LOST_TO_PRIORITY), traces.traceMessageProperty().get());
        assertEquals(shown.steps().size(), shown.journeys().size());
        assertTrue(new HashSet<>(shown.journeys()).size() >= 2, "the winner's steps are on the timeline too");
        assertTrue(shown.steps().stream().anyMatch(s -> s.decision().equals("suppressed: lost_to_priority")));

        // By id: the same timeline, and what happened read from it.
        traces.traceCustomerProperty().set(shown.customerId());
        traces.search();
        CustomerTraceViewModel.ShownTrace byId = traces.shownTraceProperty().get();
        assertEquals(shown.steps(), byId.steps());
        assertEquals(shown.journeys(), byId.journeys());
        assertTrue(byId.reasons().contains(TraceReason.LOST_TO_PRIORITY), byId.reasons().toString());
    }

    @Test
    void aGlobalControlExampleAndACustomerWhoIsNotThere() {
        CustomerTraceViewModel traces = new CustomerTraceViewModel();
        traces.use(search);
        traces.traceReasons().add(TraceReason.GLOBAL_CONTROL);
        traces.findByReasons();
        assertTrue(traces.shownTraceProperty().get().of() > 1, traces.traceMessageProperty().get());
        assertTrue(traces.traceMessageProperty().get().contains("in the portfolio's global control group"));

        traces.traceCustomerProperty().set("nobody");
        traces.search();
        assertEquals("No customer “nobody” in the data set.", traces.traceMessageProperty().get());
    }
}
