package com.retailstudio.designer.dmn;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.QuietHours;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The send hour of a step that sends at the customer's best hour (docs/dmn-export.md, "Send hour"): from the
 * customer's expected response per local hour, which the caller supplies as {@link DmnExporter#HOUR_RESPONSE}, the
 * hour of highest response among those whose first minute is outside the journey's quiet hours for the message's
 * channel, the earliest on a tie; every hour when all are quiet. The simulator's {@code SendTimes} rule, as FEEL.
 *
 * @param allowedHours the local hours the send may go at, ascending
 */
record SendHourDecision(String decisionId, String name, String sendStep, List<Integer> allowedHours)
        implements DmnXmlWriter.Decision {

    /** One decision per message a journey sends at the best hour: each action's, each candidate's. */
    static List<SendHourDecision> of(Journey journey) {
        List<SendHourDecision> out = new ArrayList<>();
        Optional<QuietHours> quiet = journey.guardrails().quietHours();
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.Action a && a.sendAtBestHour()) {
                out.add(new SendHourDecision(DmnExporter.sendHourDecision(a.id()), "Send hour of " + a.title(),
                        a.id(), allowed(quiet, a.message())));
            } else if (node instanceof JourneyNode.NextBestAction nba && nba.sendAtBestHour()) {
                for (JourneyNode.Candidate c : nba.candidates()) {
                    out.add(new SendHourDecision(DmnExporter.sendHourDecision(nba.id() + "/" + c.id()),
                            "Send hour of " + nba.title() + ": " + c.id(), nba.id() + "/" + c.id(),
                            allowed(quiet, c.message())));
                }
            }
        }
        return out;
    }

    private static List<Integer> allowed(Optional<QuietHours> quiet, Message message) {
        JourneyChannel channel = message.channel();
        List<Integer> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            int h = hour;
            if (quiet.filter(q -> q.covers(channel) && q.contains(LocalTime.of(h, 0))).isEmpty()) {
                hours.add(hour);
            }
        }
        if (hours.isEmpty()) {
            for (int hour = 0; hour < 24; hour++) {
                hours.add(hour);
            }
        }
        return List.copyOf(hours);
    }

    /** The FEEL literal expression: the allowed hour of highest response, the earliest on a tie. */
    String feel() {
        return "{\n  allowed: [" + allowedHours.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "],\n  scores: for h in allowed return " + DmnExporter.HOUR_RESPONSE + "[h + 1],\n"
                + "  best: max(scores),\n"
                + "  hour: if best = null then null else allowed[index of(scores, best)[1]]\n"
                + "}.hour";
    }
}
