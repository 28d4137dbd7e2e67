package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Arbitration;
import com.retailstudio.simulator.model.SimulationSettings;
import java.time.ZoneId;

/**
 * A next-best-action node's decision for one customer: the consented candidate with the highest arbitration score
 * (none when no score is above zero); {@link SendTimes} says when to send it.
 */
final class NextBestAction {
    private final JourneyPlan plan;
    private final ResponseModel model;
    private final CustomerData data;
    private final Guardrails guardrails;
    private final long fatigueWindowSeconds;
    private final int[] dataChannel;
    private final int[] kind;
    private final double[] value;
    private final double[] weight;

    NextBestAction(JourneyPlan plan, ResponseModel model, CustomerData data, SimulationSettings settings,
            Guardrails guardrails, ActionColumns actions) {
        this.plan = plan;
        this.model = model;
        this.data = data;
        this.guardrails = guardrails;
        this.fatigueWindowSeconds = settings.fatigueWindow().toSeconds();
        this.dataChannel = actions.dataChannel;
        this.kind = actions.kind;
        this.value = actions.value;
        this.weight = actions.weight;
    }

    /** The action slot node {@code nbaNode} chooses for customer {@code c} at {@code t}, or -1 for none. */
    int choose(int nbaNode, long t, int c, ZoneId zone, int consentBits, SendLog sends, StepTracer trace) {
        int best = -1;
        double bestScore = 0;
        int recent = sends.received(t - fatigueWindowSeconds + 1);
        int hour = LocalClock.localHour(zone, t);
        for (int slot : plan.candidatesOf[nbaNode]) {
            if (!guardrails.consents(consentBits, slot)) {
                trace.withoutConsent(slot);
                continue;
            }
            double p = model.purchase(dataChannel[slot], kind[slot], data.ageBand(c), hour, data.priceSensitivity(c),
                    data.tier(c));
            double score = Arbitration.score(p, value[slot], weight[slot], plan.nbaFatigue[nbaNode], recent);
            trace.scored(slot, p, plan.nbaFatigue[nbaNode], recent, score);
            if (score > bestScore) {
                best = slot;
                bestScore = score;
            }
        }
        trace.chose(t, nbaNode, best);
        return best;
    }
}
