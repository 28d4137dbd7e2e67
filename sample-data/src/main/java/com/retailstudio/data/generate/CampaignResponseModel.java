package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.AgeBand;
import com.retailstudio.data.generate.ContractVocabulary.Channel;
import com.retailstudio.data.generate.ContractVocabulary.ConsentPurpose;
import com.retailstudio.data.generate.ContractVocabulary.LoyaltyTier;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;

import java.util.SplittableRandom;

/**
 * The planted campaign history model. The probability that a send gets a response is
 * base[channel][kind] × attribute modifier × 24 × sendHourPreference[age band][local send hour], capped at 0.95.
 * The response is email_open for email, push_open for app and an attributed purchase for sms, web and paid_media.
 */
final class CampaignResponseModel {

    /** Channels that carry campaign messages, and the consent purpose each needs. */
    static final Channel[] CHANNELS = {Channel.EMAIL, Channel.APP, Channel.SMS, Channel.WEB, Channel.PAID_MEDIA};
    static final ConsentPurpose[] PURPOSE_OF_CHANNEL = {ConsentPurpose.EMAIL_MARKETING,
            ConsentPurpose.PUSH_MARKETING, ConsentPurpose.SMS_MARKETING, ConsentPurpose.PERSONALISED_OFFERS,
            ConsentPurpose.PAID_MEDIA_AUDIENCES};
    /** Sends per consenting customer per week, by channel. */
    static final double[] SENDS_PER_WEEK = {0.4, 0.3, 0.1, 0.2, 0.2};
    /** Local send hours are spread evenly over this range, so the hour effect can be estimated. */
    static final int FIRST_SEND_HOUR = 7;
    static final int LAST_SEND_HOUR = 22;

    private static final double[][] DEFAULT_BASE = {
            {0.20, 0.17, 0.14, 0.22, 0.24},       // email: opens
            {0.10, 0.12, 0.08, 0.11, 0.13},       // app: push opens
            {0.025, 0.035, 0.03, 0.04, 0.03},     // sms: attributed purchases
            {0.02, 0.025, 0.015, 0.03, 0.02},     // web: attributed purchases
            {0.008, 0.012, 0.006, 0.015, 0.008}}; // paid media: attributed purchases
    /** Peak local hour of the response per age band (the segment). */
    static final int[] PEAK_HOUR_BY_AGE_BAND = {21, 19, 8, 12, 10, 15};
    private static final double[] TIER_LOYALTY_MULTIPLIER = {0.6, 1.0, 1.4, 1.8};

    static final double EMAIL_CLICK_GIVEN_OPEN = 0.3;
    static final double PURCHASE_GIVEN_EMAIL_CLICK = 0.15;
    static final double PURCHASE_GIVEN_PUSH_OPEN = 0.12;
    static final double EMAIL_UNSUBSCRIBE_PER_SEND = 0.004;
    static final double SMS_UNSUBSCRIBE_PER_SEND = 0.006;

    private final double[][] base;
    private final double[][] hourPreference;

    CampaignResponseModel(SeedStreams streams) {
        SplittableRandom r = streams.stream(SeedStreams.PROPENSITIES);
        base = new double[CHANNELS.length][MessageKind.values().length];
        for (int c = 0; c < CHANNELS.length; c++) {
            for (int k = 0; k < base[c].length; k++) {
                base[c][k] = RandomDraws.round(DEFAULT_BASE[c][k] * RandomDraws.uniform(r, 0.8, 1.2), 4);
            }
        }
        hourPreference = new double[AgeBand.values().length][24];
        for (int a = 0; a < hourPreference.length; a++) {
            double sum = 0;
            double[] raw = new double[24];
            for (int h = 0; h < 24; h++) {
                int d = Math.abs(h - PEAK_HOUR_BY_AGE_BAND[a]);
                d = Math.min(d, 24 - d);
                raw[h] = 0.4 + StrictMath.exp(-d * d / (2 * 2.5 * 2.5));
                sum += raw[h];
            }
            for (int h = 0; h < 24; h++) {
                hourPreference[a][h] = RandomDraws.round(raw[h] / sum, 6);
            }
        }
    }

    double base(int channel, MessageKind kind) {
        return base[channel][kind.ordinal()];
    }

    double[] hourPreference(AgeBand band) {
        return hourPreference[band.ordinal()].clone();
    }

    static double attributeModifier(MessageKind kind, double priceSensitivity, LoyaltyTier tier) {
        return switch (kind) {
            case PROMOTION -> 0.4 + 1.2 * priceSensitivity;
            case SCARCITY -> 0.7 + 0.6 * priceSensitivity;
            case LOYALTY_REWARD -> TIER_LOYALTY_MULTIPLIER[tier.ordinal()];
            default -> 1.0;
        };
    }

    double responseProbability(int channel, MessageKind kind, double priceSensitivity, LoyaltyTier tier,
                               AgeBand band, int localHour) {
        double p = base[channel][kind.ordinal()] * attributeModifier(kind, priceSensitivity, tier)
                * 24 * hourPreference[band.ordinal()][localHour];
        return Math.min(0.95, p);
    }
}
