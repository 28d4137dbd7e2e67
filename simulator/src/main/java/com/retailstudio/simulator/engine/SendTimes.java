package com.retailstudio.simulator.engine;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Send-time optimisation (docs/journey-semantics.md): per action and age band, the local hour at which the fitted
 * {@link ResponseModel} expects the most response ({@code H[age band][hour]}) among the hours whose first minute is
 * outside the journey's quiet hours for the action's channel, and when a send due now should go at that hour.
 */
final class SendTimes {
    private final int[][] bestHour;
    private final CustomerData data;

    SendTimes(JourneyPlan plan, ResponseModel model, CustomerData data, ActionColumns actions) {
        this.data = data;
        bestHour = new int[plan.actionCount()][ResponseModel.AGES];
        for (int slot = 0; slot < bestHour.length; slot++) {
            boolean quiet = plan.quietHours != null && (plan.quietChannels & (1 << actions.journeyChannel[slot])) != 0;
            for (int age = 0; age < ResponseModel.AGES; age++) {
                bestHour[slot][age] = best(model.h[age], quiet ? plan.quietHours::contains : hour -> false);
            }
        }
    }

    /** Whether a local time is held back, for the choice of hours. */
    @FunctionalInterface
    private interface Quiet {
        boolean contains(LocalTime time);
    }

    /** The hour of highest factor outside quiet hours (the earliest on a tie); any hour when all are quiet. */
    private static int best(double[] hourFactors, Quiet quiet) {
        int best = -1;
        for (int hour = 0; hour < hourFactors.length; hour++) {
            if (!quiet.contains(LocalTime.of(hour, 0)) && (best < 0 || hourFactors[hour] > hourFactors[best])) {
                best = hour;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = 0;
        for (int hour = 1; hour < hourFactors.length; hour++) {
            if (hourFactors[hour] > hourFactors[best]) {
                best = hour;
            }
        }
        return best;
    }

    /** The local hour action {@code slot} goes at for customer {@code c}. */
    int bestHour(int slot, int c) {
        return bestHour[slot][data.ageBand(c)];
    }

    /** When action {@code slot}, due at {@code t}, goes to customer {@code c}: now in their best hour, else its next start. */
    long sendTime(int slot, int c, ZoneId zone, long t) {
        int best = bestHour(slot, c);
        if (LocalClock.localHour(zone, t) == best) {
            return t;
        }
        return LocalClock.nextAt(zone, t, LocalTime.of(best, 0));
    }
}
