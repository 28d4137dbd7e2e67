package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResponseModelFitterTest {

    /** P(response) as planted: base × modifier × 24 × send-hour preference, capped at 0.95 (truth.json). */
    static double planted(JsonNode truth, CustomerData data, int row) {
        EventTable ev = data.events();
        int c = ev.customerIndex(row);
        String channel = ev.channel(row).csv();
        MessageKind kind = ev.messageKind(row).orElseThrow();
        double base = truth.path("response_propensity").path(channel).path(kind.csv()).asDouble();
        double ps = data.priceSensitivity(c);
        double modifier = switch (kind) {
            case PROMOTION -> 0.4 + 1.2 * ps;
            case SCARCITY -> 0.7 + 0.6 * ps;
            case LOYALTY_REWARD -> truth.path("response_modifiers").path("loyalty_reward")
                    .path(LoyaltyTier.values()[data.tier(c)].csv()).asDouble();
            default -> 1.0;
        };
        String band = AgeBand.values()[data.ageBand(c)].csv();
        int hour = LocalClock.localHour(data.zone(c), ev.epochSecond(row));
        double pref = truth.path("send_hour_preference").path(band).get(hour).asDouble();
        return Math.min(0.95, base * modifier * 24 * pref);
    }

    /** Per channel: {sends, mean planted, mean fitted, mean absolute error}. */
    static double[][] compare(CustomerData data, ResponseModel model, JsonNode truth) {
        EventTable ev = data.events();
        double[][] sums = new double[Channel.values().length][4];
        for (int r = 0; r < ev.size(); r++) {
            if (ev.eventType(r) != EventType.MESSAGE_SENT) {
                continue;
            }
            int c = ev.customerIndex(r);
            int ch = ev.channel(r).ordinal();
            double p = planted(truth, data, r);
            double f = model.primary(ch, ev.messageKind(r).orElseThrow().ordinal(), data.ageBand(c),
                    LocalClock.localHour(data.zone(c), ev.epochSecond(r)), data.priceSensitivity(c), data.tier(c));
            sums[ch][0]++;
            sums[ch][1] += p;
            sums[ch][2] += f;
            sums[ch][3] += Math.abs(f - p);
        }
        for (double[] s : sums) {
            if (s[0] > 0) {
                s[1] /= s[0];
                s[2] /= s[0];
                s[3] /= s[0];
            }
        }
        return sums;
    }

    @Test
    void fittedPropensitiesComeCloseToThePlantedOnesPerSend() throws IOException {
        CustomerData data = SampleData.data();
        ResponseModel model = ResponseModelFitter.fit(data);
        JsonNode truth = new ObjectMapper().readTree(SampleData.folder().resolve("truth.json").toFile());
        double[][] byChannel = compare(data, model, truth);
        for (Channel channel : new Channel[] {Channel.EMAIL, Channel.APP}) {
            double[] s = byChannel[channel.ordinal()];
            assertTrue(s[0] > 1000, channel + " has history");
            assertEquals(s[1], s[2], 0.05 * s[1], channel + ": mean fitted vs planted");
            assertTrue(s[3] < 0.2 * s[1], channel + ": per-send error " + s[3] + " against a mean of " + s[1]);
        }
        for (Channel channel : new Channel[] {Channel.SMS, Channel.WEB, Channel.PAID_MEDIA}) {
            double[] s = byChannel[channel.ordinal()];
            assertEquals(s[1], s[2], 0.35 * s[1], channel + ": mean fitted vs planted (rare responses)");
        }
    }

    @Test
    void followUpRatesMatchThePlantedOnes() throws IOException {
        ResponseModel model = ResponseModelFitter.fit(SampleData.data());
        JsonNode followUps = new ObjectMapper().readTree(SampleData.folder().resolve("truth.json").toFile())
                .path("response_follow_ups");
        assertEquals(followUps.path("email_click_given_open").asDouble(), model.clickGivenOpen(), 0.03);
        assertEquals(followUps.path("purchase_given_email_click").asDouble(), model.purchaseGivenClick(), 0.04);
        assertEquals(followUps.path("purchase_given_push_open").asDouble(), model.purchaseGivenPushOpen(), 0.04);
    }

    /** Prints fitted against planted per channel for a data folder (used for the report and docs). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        ResponseModel model = ResponseModelFitter.fit(data);
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
        double[][] s = compare(data, model, truth);
        for (Channel c : Channel.values()) {
            System.out.printf("%-10s sends %8.0f planted %.4f fitted %.4f mean abs error %.4f%n", c.csv(), s[c.ordinal()][0],
                    s[c.ordinal()][1], s[c.ordinal()][2], s[c.ordinal()][3]);
        }
        System.out.printf("click|open %.4f purchase|click %.4f purchase|push open %.4f%n", model.clickGivenOpen(),
                model.purchaseGivenClick(), model.purchaseGivenPushOpen());
    }
}
