package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Holdout;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import java.time.ZoneId;

/**
 * The journey's rules that may stop a send, checked in the order docs/journey-semantics.md gives: holdout, consent,
 * quiet hours (drop or defer, per the settings), frequency caps (which transactional messages skip). One instance per
 * run, reused for every send, so a verdict's details (when quiet hours end, which cap) are read from it afterwards
 * rather than allocated.
 */
final class Guardrails {
    /** What the guardrails say about one send. */
    enum Verdict {
        SEND(null, null, null),
        /** Held until quiet hours end ({@link #quietUntil()}). */
        DEFER(null, TraceReason.QUIET_HOURS, null),
        HOLDOUT(SuppressionReason.HOLDOUT, TraceReason.HOLDOUT, "holdout group: receives nothing"),
        NO_CONSENT(SuppressionReason.NO_CONSENT, TraceReason.NO_CONSENT,
                "consent not granted for the channel or offer"),
        QUIET_HOURS(SuppressionReason.QUIET_HOURS, TraceReason.QUIET_HOURS,
                "quiet hours in the customer's time zone"),
        /** Over cap {@link #cap()}, counted from {@link #capSince()}. */
        FREQUENCY_CAP(SuppressionReason.FREQUENCY_CAP, TraceReason.FREQUENCY_CAP, null);

        /** Why the send did not go out, or null when it went or waits. */
        final SuppressionReason suppression;
        /** The trace's reason, or null when the reason is in the verdict's details. */
        final String why;
        /** The {@link TraceReason} bit of what happened to the customer, 0 for a plain send. */
        final int reasonBit;

        Verdict(SuppressionReason suppression, TraceReason reason, String why) {
            this.suppression = suppression;
            this.why = why;
            this.reasonBit = reason == null ? 0 : reason.bit();
        }
    }

    private final JourneyPlan plan;
    private final boolean dropInQuietHours;
    private final int[] consent;
    private final int[] journeyChannel;
    private final boolean[] transactional;
    private final LocalInstants clock = new LocalInstants();
    private long quietUntil;
    private int cap;
    private long capSince;

    Guardrails(JourneyPlan plan, SimulationSettings settings, ActionColumns actions) {
        this.plan = plan;
        this.dropInQuietHours = settings.quietHours() == SimulationSettings.QuietHoursMode.DROP;
        this.consent = actions.consent;
        this.journeyChannel = actions.journeyChannel;
        this.transactional = actions.transactional;
    }

    /** Whether a customer is in the journey's holdout group (decided at their first entry, for good). */
    boolean heldOut(String customerId) {
        return plan.holdoutPercent > 0 && Holdout.isHeldOut(plan.journeyId, customerId, plan.holdoutPercent);
    }

    /** Whether consent bits {@code consentBits} allow action {@code slot}. */
    boolean consents(int consentBits, int slot) {
        return (consentBits & consent[slot]) == consent[slot];
    }

    /**
     * The verdict on sending action {@code slot} at {@code t} to a customer in {@code zone} who received
     * {@code sends}; {@code afterQuietHours} when the send was deferred by quiet hours and they have just ended.
     */
    Verdict check(int slot, long t, ZoneId zone, int consentBits, boolean heldOut, boolean afterQuietHours,
            SendLog sends) {
        if (heldOut) {
            return Verdict.HOLDOUT;
        }
        if (!consents(consentBits, slot)) {
            return Verdict.NO_CONSENT;
        }
        int channel = journeyChannel[slot];
        if (!afterQuietHours && plan.quietHours != null && (plan.quietChannels & (1 << channel)) != 0
                && plan.quietHours.contains(LocalClock.localTime(zone, t))) {
            if (dropInQuietHours) {
                return Verdict.QUIET_HOURS;
            }
            quietUntil = LocalClock.nextAt(zone, t, plan.quietTo);
            return Verdict.DEFER;
        }
        // Transactional messages are neither held back by caps nor counted towards them.
        cap = transactional[slot] ? -1 : plan.caps.reached(channel, t, zone, sends, clock);
        if (cap >= 0) {
            capSince = plan.caps.windowStart(cap, t, zone, clock);
            return Verdict.FREQUENCY_CAP;
        }
        return Verdict.SEND;
    }

    /** After {@link Verdict#DEFER}: when the quiet hours end (epoch seconds). */
    long quietUntil() {
        return quietUntil;
    }

    /** After {@link Verdict#FREQUENCY_CAP}: the plan's index of the cap reached. */
    int cap() {
        return cap;
    }

    /** After {@link Verdict#FREQUENCY_CAP}: the start of the cap's window (epoch seconds). */
    long capSince() {
        return capSince;
    }
}
