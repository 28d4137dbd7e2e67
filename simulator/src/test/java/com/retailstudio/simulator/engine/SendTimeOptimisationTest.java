package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
import static com.retailstudio.simulator.engine.Cases.linear;
import static com.retailstudio.simulator.engine.Cases.none;
import static com.retailstudio.simulator.engine.Cases.onEvent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.WaitUntil;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test of send-time optimisation: on the bundled sample, whose generator planted a peak response hour per
 * age band (truth.json's {@code send_hour_peak}), the model is fitted from the history alone, and a cart reminder sent
 * at each customer's best hour lands in the planted peak hour far more often than one sent at once or at a fixed
 * 10:00 local.
 */
class SendTimeOptimisationTest {

    private static Journey reminder(boolean atBestHour, Optional<WaitUntil> fixedTime) {
        JourneyNode.Action email = new JourneyNode.Action("email", "Reminder", AT,
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "cart-reminder"), atBestHour);
        if (fixedTime.isEmpty()) {
            return linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(), email, exit("done"));
        }
        JourneyNode.Wait wait = new JourneyNode.Wait("wait", "Ten o'clock", AT, Duration.ZERO, Optional.empty(),
                fixedTime);
        return linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(), wait, email, exit("done"));
    }

    /** Of the reminders sent, the share whose local send hour is the planted peak of the customer's age band. */
    private static double shareInPlantedPeak(Journey journey, CustomerData data, ResponseModel model, JsonNode truth) {
        Set<String> everyone = new HashSet<>();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < data.size(); c++) {
            everyone.add(data.id(c));
            index.put(data.id(c), c);
        }
        SimulationResults r = new Simulator(JourneyPlan.compile(journey), data, model,
                SimulationSettings.defaults(7).withTrace(everyone, 0)).run(1, 1);
        long sent = 0;
        long inPeak = 0;
        for (Map.Entry<String, List<TraceStep>> trace : r.traces().entrySet()) {
            int c = index.get(trace.getKey());
            int peak = truth.path("send_hour_peak").path(AgeBand.values()[data.ageBand(c)].csv()).asInt(-1);
            for (TraceStep step : trace.getValue()) {
                if (step.nodeId().equals("email") && step.decision().equals("sent")) {
                    sent++;
                    if (LocalClock.localHour(data.zone(c), step.time().getEpochSecond()) == peak) {
                        inPeak++;
                    }
                }
            }
        }
        assertTrue(sent > 300, "enough reminders to compare: " + sent);
        return (double) inPeak / sent;
    }

    @Test
    void sendsAtTheBestHourFallInThePlantedPeakMoreOftenThanFixedTimeSends() throws IOException {
        CustomerData data = SampleData.data();
        JsonNode truth = new ObjectMapper().readTree(SampleData.folder().resolve("truth.json").toFile());
        assertTrue(truth.path("send_hour_peak").size() == AgeBand.values().length, "the sample plants the peaks");
        ResponseModel model = ResponseModelFitter.fit(data);

        double atOnce = shareInPlantedPeak(reminder(false, Optional.empty()), data, model, truth);
        double atTen = shareInPlantedPeak(reminder(false, Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(10, 0)))),
                data, model, truth);
        double optimised = shareInPlantedPeak(reminder(true, Optional.empty()), data, model, truth);

        String figures = "in the planted peak hour: at once " + atOnce + ", at 10:00 " + atTen + ", at the best hour "
                + optimised;
        assertTrue(optimised > 0.75, figures);
        assertTrue(optimised > 2 * atTen, figures);
        assertTrue(optimised > 5 * atOnce, figures);
    }
}
