package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The messages part of {@link SimulationResults}: per action (and next-best-action candidate), attempts, sends,
 * suppressions by reason, deferrals, responses, revenue in cents and unsubscribes, and which actions are
 * transactional.
 */
final class ActionCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] attempts;
    private final long[] sent;
    private final long[][] suppressed;
    private final long[] deferred;
    private final long[] opened;
    private final long[] clicked;
    private final long[] converted;
    private final long[] revenueCents;
    private final long[] unsubscribes;
    /** Which actions send transactional messages (not limited by frequency caps); all false unless set. */
    private final boolean[] transactional;

    ActionCounts(int actions) {
        attempts = new long[actions];
        sent = new long[actions];
        suppressed = new long[actions][SuppressionReason.values().length];
        deferred = new long[actions];
        opened = new long[actions];
        clicked = new long[actions];
        converted = new long[actions];
        revenueCents = new long[actions];
        unsubscribes = new long[actions];
        transactional = new boolean[actions];
    }

    void markTransactional(List<Boolean> transactionalActions) {
        if (transactionalActions.size() != transactional.length) {
            throw new IllegalArgumentException("one transactional mark per action is needed");
        }
        for (int i = 0; i < transactional.length; i++) {
            transactional[i] = transactionalActions.get(i);
        }
    }

    /** Whether both count the same kinds of message, so that they can merge. */
    boolean sameTransactional(ActionCounts other) {
        return Arrays.equals(transactional, other.transactional);
    }

    void merge(ActionCounts other) {
        Sums.add(attempts, other.attempts);
        Sums.add(sent, other.sent);
        for (int i = 0; i < suppressed.length; i++) {
            Sums.add(suppressed[i], other.suppressed[i]);
        }
        Sums.add(deferred, other.deferred);
        Sums.add(opened, other.opened);
        Sums.add(clicked, other.clicked);
        Sums.add(converted, other.converted);
        Sums.add(revenueCents, other.revenueCents);
        Sums.add(unsubscribes, other.unsubscribes);
    }

    void recordAttempt(int action) {
        attempts[action]++;
    }

    void recordSent(int action) {
        sent[action]++;
    }

    void recordSuppressed(int action, SuppressionReason reason) {
        suppressed[action][reason.ordinal()]++;
    }

    void recordDeferred(int action) {
        deferred[action]++;
    }

    void recordOpened(int action) {
        opened[action]++;
    }

    void recordClicked(int action) {
        clicked[action]++;
    }

    void recordConverted(int action, double value) {
        converted[action]++;
        revenueCents[action] += Sums.cents(value);
    }

    void recordUnsubscribed(int action) {
        unsubscribes[action]++;
    }

    boolean transactional(int action) {
        return transactional[action];
    }

    long attempts(int action) {
        return attempts[action];
    }

    long sent(int action) {
        return sent[action];
    }

    long suppressed(int action, SuppressionReason reason) {
        return suppressed[action][reason.ordinal()];
    }

    long deferred(int action) {
        return deferred[action];
    }

    long opened(int action) {
        return opened[action];
    }

    long clicked(int action) {
        return clicked[action];
    }

    long converted(int action) {
        return converted[action];
    }

    double revenue(int action) {
        return revenueCents[action] / 100.0;
    }

    long unsubscribes(int action) {
        return unsubscribes[action];
    }

    long totalUnsubscribes() {
        return Arrays.stream(unsubscribes).sum();
    }

    /** Every figure of this part as text, for {@link SimulationResults#fingerprint()}. */
    String fingerprint() {
        return Arrays.toString(attempts) + Arrays.toString(sent) + Arrays.deepToString(suppressed)
                + Arrays.toString(deferred) + Arrays.toString(opened) + Arrays.toString(clicked)
                + Arrays.toString(converted) + Arrays.toString(revenueCents) + Arrays.toString(unsubscribes);
    }
}
