package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.QuietHours;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a journey file's guardrails (frequency caps, quiet hours, consent rules, holdout) for {@link JourneyReader}. */
final class GuardrailsReader {
    private GuardrailsReader() {
    }

    static Guardrails guardrails(JsonObject o) throws JourneyFormatException {
        List<FrequencyCap> caps = o.array("frequencyCaps", GuardrailsReader::cap);
        long globals = caps.stream().filter(FrequencyCap::isGlobal).count();
        if (globals > 1) {
            throw new JourneyFormatException(o.at("frequencyCaps"), "there can be only one cap for \"all\" channels");
        }
        Optional<QuietHours> quiet = o.has("quietHours")
                ? Optional.of(quietHours(o.object("quietHours", "quiet hours"))) : JourneyReader.none(o, "quietHours");
        ConsentRules consent = consent(o.object("consent", "the consent rules"));
        double holdout = o.number("holdoutPercent", "the holdout must be a number of percent");
        if (!(holdout >= 0 && holdout <= 100)) {
            throw new JourneyFormatException(o.at("holdoutPercent"), "the holdout must be between 0 and 100 percent");
        }
        o.noOtherMembers();
        return new Guardrails(caps, quiet, consent, holdout);
    }

    /** One frequency cap ({@code {"channel", "max", "per"}}), as journeys and portfolio rules write it. */
    static FrequencyCap cap(JsonNode element, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(element, pointer, "a frequency cap");
        String channelText = o.text("channel");
        Optional<JourneyChannel> channel = channelText.equals("all") ? Optional.empty()
                : Optional.of(JourneyChannel.fromJson(channelText).orElseThrow(() -> new JourneyFormatException(
                        o.at("channel"), "\"" + channelText + "\" is not a channel or \"all\"")));
        int max = o.integer("max");
        if (max < 0) {
            throw new JourneyFormatException(o.at("max"), "must be 0 or more");
        }
        Duration per = JourneyReader.duration(o, "per");
        if (per.isZero()) {
            throw new JourneyFormatException(o.at("per"), "a cap's window must be longer than zero");
        }
        o.noOtherMembers();
        return new FrequencyCap(channel, max, per);
    }

    private static QuietHours quietHours(JsonObject o) throws JourneyFormatException {
        LocalTime from = o.parsed("from", JourneyReader::time, "\"{}\" is not a time of day (HH:mm)");
        LocalTime to = o.parsed("to", JourneyReader::time, "\"{}\" is not a time of day (HH:mm)");
        List<JourneyChannel> channels = o.array("channels", (node, pointer) -> {
            if (node.isTextual()) {
                Optional<JourneyChannel> c = JourneyChannel.fromJson(node.asText());
                if (c.isPresent()) {
                    return c.get();
                }
            }
            throw new JourneyFormatException(pointer, node + " is not a channel");
        });
        o.noOtherMembers();
        return new QuietHours(from, to, channels);
    }

    private static ConsentRules consent(JsonObject o) throws JourneyFormatException {
        Map<JourneyChannel, ConsentPurpose> channels = new EnumMap<>(JourneyChannel.class);
        for (JourneyChannel channel : JourneyChannel.values()) {
            if (o.has(channel.json())) {
                channels.put(channel, purpose(o, channel.json()));
            } else {
                o.optional(channel.json());
            }
        }
        Optional<ConsentPurpose> promotions = o.has(JourneyJson.PROMOTION_CONSENT_KEY)
                ? Optional.of(purpose(o, JourneyJson.PROMOTION_CONSENT_KEY)) : JourneyReader.none(o, JourneyJson.PROMOTION_CONSENT_KEY);
        o.noOtherMembers();
        return new ConsentRules(channels, promotions);
    }

    private static ConsentPurpose purpose(JsonObject o, String name) throws JourneyFormatException {
        return o.parsed(name, ConsentPurpose::fromCsv, "\"{}\" is not a consent purpose");
    }
}
