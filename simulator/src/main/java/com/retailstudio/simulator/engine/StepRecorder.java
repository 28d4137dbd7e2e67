package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@link StepTracer} that writes one customer's steps down as {@link TraceStep}s, in the words of the reports. */
final class StepRecorder implements StepTracer {
    private final JourneyPlan plan;
    private final ActionColumns actions;
    private final List<TraceStep> steps = new ArrayList<>();
    /** The next-best-action candidates scored so far, for the step that names the choice. */
    private final StringBuilder candidates = new StringBuilder();

    StepRecorder(JourneyPlan plan, ActionColumns actions) {
        this.plan = plan;
        this.actions = actions;
    }

    @Override
    public boolean records() {
        return true;
    }

    @Override
    public List<TraceStep> steps() {
        return steps;
    }

    @Override
    public void entered(long t, int eventType, boolean heldOut, int entry) {
        step(t, plan.nodeIds[plan.entryNode], "entered", (eventType >= 0 ? csv(eventType) : "trigger")
                + (heldOut ? "; in the holdout group: receives nothing" : "") + "; entry " + entry);
    }

    @Override
    public void left(long t, int node, String reason) {
        step(t, plan.nodeIds[node], "left the journey", reason);
    }

    @Override
    public void reachedGoal(long t, int node, int eventType) {
        left(t, node, "goal reached: " + csv(eventType));
    }

    @Override
    public void noStepAfter(long t, int node, int port) {
        left(t, node, "no step after port " + plan.ports.get(node).get(port));
    }

    @Override
    public void converted(long t, int node, String source, int eventType) {
        step(t, node >= 0 ? plan.nodeIds[node] : "-", "converted",
                source + " " + csv(eventType) + " within the goal window");
    }

    @Override
    public void waiting(long t, int node, int untilType, long wake) {
        Instant until = Instant.ofEpochSecond(wake);
        step(t, plan.nodeIds[node], "waiting",
                untilType >= 0 ? "until " + csv(untilType) + " or " + until : "until " + until);
    }

    @Override
    public void waitingLocal(long t, int node, int untilType, long wake, ZoneId zone, boolean passed) {
        String until = plan.waitLocal[node].description() + " in " + zone + " (" + Instant.ofEpochSecond(wake) + ")"
                + (passed ? ": already passed, so no wait" : "");
        step(t, plan.nodeIds[node], "waiting", untilType >= 0 ? "until " + csv(untilType) + " or " + until
                : "until " + until);
    }

    @Override
    public void waitingForNoDate(long t, int node, int untilType) {
        String until = plan.waitLocal[node].description() + ": the customer has no such date in customers.csv, so it "
                + "never ends this wait";
        step(t, plan.nodeIds[node], "waiting", untilType >= 0 ? "until " + csv(untilType) + " or " + until
                : "until " + until);
    }

    @Override
    public void leftByCriterion(long t, int node, int criterion, String source) {
        String criterionText = plan.exitCriterionText[criterion];
        left(t, node, "exit criterion " + (criterion + 1) + " met (" + criterionText + ")"
                + (source == null ? "" : ": " + source + " event") + "; an exit, not a conversion");
    }

    @Override
    public void awaitedEvent(long t, int node, String source, int eventType) {
        step(t, plan.nodeIds[node], "event", source + " " + csv(eventType) + " in time");
    }

    @Override
    public void waitEnded(long t, int node, boolean timedOut) {
        step(t, plan.nodeIds[node], timedOut ? "timeout" : "waited", "the wait ended");
    }

    @Override
    public void branch(long t, int node, int port, boolean conditionHeld) {
        step(t, plan.nodeIds[node], "branch " + plan.ports.get(node).get(port),
                conditionHeld ? "its condition holds" : "no branch condition holds");
    }

    @Override
    public void path(long t, int node, int port, double u) {
        step(t, plan.nodeIds[node], "path " + plan.ports.get(node).get(port),
                "stable draw " + String.format(Locale.ROOT, "%.4f", u));
    }

    @Override
    public void experimentVariant(long t, int node, int port, int bucket, boolean winner) {
        step(t, plan.nodeIds[node], "variant " + plan.ports.get(node).get(port), winner
                ? "the picked winner (the experiment was decided before this)" : "stable bucket " + bucket);
    }

    @Override
    public void withoutConsent(int slot) {
        candidates.append(plan.actionKeys.get(slot)).append(": no consent; ");
    }

    @Override
    public void scored(int slot, double purchase, double fatigue, int recent, double score) {
        candidates.append(String.format(Locale.ROOT, "%s: %.5f × %s × %s − %s × %d = %.4f; ",
                plan.actionKeys.get(slot), purchase, actions.value[slot], actions.weight[slot], fatigue, recent,
                score));
    }

    @Override
    public void chose(long t, int node, int slot) {
        step(t, plan.nodeIds[node], slot < 0 ? "none" : "chose " + plan.actionKeys.get(slot), candidates.toString());
        candidates.setLength(0);
    }

    @Override
    public void heldForBestHour(long t, int node, long at, int hour, ZoneId zone) {
        step(t, plan.nodeIds[node], "holding for the best hour", String.format(Locale.ROOT,
                "send-time optimisation: %02d:00 in %s is this customer's best hour outside quiet hours (fitted "
                        + "response by age band and local hour); sends at %s", hour, zone, Instant.ofEpochSecond(at)));
    }

    @Override
    public void sent(long t, int slot) {
        step(t, plan.actionKeys.get(slot), "sent", JourneyChannel.values()[actions.journeyChannel[slot]].json() + " "
                + MessageKind.values()[actions.kind[slot]].csv()
                + (actions.transactional[slot] ? ", transactional: frequency caps do not apply" : ""));
    }

    @Override
    public int mark() {
        return steps.size();
    }

    @Override
    public void suppressedInstead(int mark, long t, int slot, SuppressionReason reason, String why) {
        steps.set(mark, new TraceStep(Instant.ofEpochSecond(t), plan.actionKeys.get(slot), "suppressed: "
                + reason.json(), why));
    }

    @Override
    public void suppressed(long t, int slot, SuppressionReason reason, String why) {
        step(t, plan.actionKeys.get(slot), "suppressed: " + reason.json(), why);
    }

    @Override
    public void capped(long t, int slot, int cap, long since) {
        int capChannel = plan.caps.channel[cap];
        suppressed(t, slot, SuppressionReason.FREQUENCY_CAP, "at most " + plan.caps.max[cap] + " messages"
                + (capChannel >= 0 ? " on " + JourneyChannel.values()[capChannel].json() : "") + " since "
                + Instant.ofEpochSecond(since));
    }

    @Override
    public void deferred(long t, int slot, ZoneId zone, long until) {
        step(t, plan.actionKeys.get(slot), "deferred", "quiet hours in " + zone + " until " + plan.quietTo
                + " local (" + Instant.ofEpochSecond(until) + ")");
    }

    @Override
    public void response(long t, int slot, int eventType) {
        step(t, plan.actionKeys.get(slot), "response: " + csv(eventType), "simulated from the response model");
    }

    @Override
    public void unsubscribed(long t, int slot) {
        step(t, plan.actionKeys.get(slot), "unsubscribed", "simulated from the response model");
    }

    @Override
    public void waitingAtEnd(long t, int node) {
        step(t, plan.nodeIds[node], "waiting at the end", "still in the journey when the data ends");
    }

    private static String csv(int eventType) {
        return EventType.values()[eventType].csv();
    }

    private void step(long t, String nodeId, String decision, String reason) {
        steps.add(new TraceStep(Instant.ofEpochSecond(t), nodeId, decision, reason));
    }
}
