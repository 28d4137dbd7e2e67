package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The flow part of {@link SimulationResults}: per node, entries, exits, goal exits, waiting at the end and ports; and
 * per exit criterion of the journey, the customers who left by it (also counted in their node's exits).
 */
final class NodeFlowCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[][] ports;
    private final long[] entered;
    private final long[] waitingAtEnd;
    private final long[] exited;
    private final long[] goalExits;
    private final long[][] passed;
    /** The journey's exit criteria in words, and how many customers left by each (exits, never conversions). */
    private String[] exitCriteria = new String[0];
    private long[] criterionExits = new long[0];

    NodeFlowCounts(String[][] ports) {
        this.ports = ports;
        int n = ports.length;
        entered = new long[n];
        waitingAtEnd = new long[n];
        exited = new long[n];
        goalExits = new long[n];
        passed = new long[n][];
        for (int i = 0; i < n; i++) {
            passed[i] = new long[ports[i].length];
        }
    }

    void useExitCriteria(List<String> criteria) {
        exitCriteria = criteria.toArray(String[]::new);
        criterionExits = new long[exitCriteria.length];
    }

    boolean sameExitCriteria(NodeFlowCounts other) {
        return Arrays.equals(exitCriteria, other.exitCriteria);
    }

    void merge(NodeFlowCounts other) {
        Sums.add(criterionExits, other.criterionExits);
        Sums.add(entered, other.entered);
        Sums.add(waitingAtEnd, other.waitingAtEnd);
        Sums.add(exited, other.exited);
        Sums.add(goalExits, other.goalExits);
        for (int i = 0; i < passed.length; i++) {
            Sums.add(passed[i], other.passed[i]);
        }
    }

    void recordEntered(int node) {
        entered[node]++;
    }

    void recordPassed(int node, int port) {
        passed[node][port]++;
    }

    void recordExited(int node) {
        exited[node]++;
    }

    void recordCriterionExit(int node, int criterion) {
        exited[node]++;
        criterionExits[criterion]++;
    }

    void recordGoalExit(int node) {
        goalExits[node]++;
    }

    void recordWaitingAtEnd(int node) {
        waitingAtEnd[node]++;
    }

    List<String> ports(int node) {
        return List.of(ports[node]);
    }

    long entered(int node) {
        return entered[node];
    }

    long passed(int node, String port) {
        int p = List.of(ports[node]).indexOf(port);
        return p < 0 ? 0 : passed[node][p];
    }

    long waitingAtEnd(int node) {
        return waitingAtEnd[node];
    }

    long exited(int node) {
        return exited[node];
    }

    List<String> exitCriteria() {
        return List.of(exitCriteria);
    }

    long criterionExits(int criterion) {
        return criterionExits[criterion];
    }

    long goalExits(int node) {
        return goalExits[node];
    }

    /** Every figure of this part as text, for {@link SimulationResults#fingerprint()}. */
    String fingerprint() {
        return Arrays.toString(entered) + Arrays.toString(waitingAtEnd) + Arrays.toString(exited)
                + Arrays.toString(goalExits) + Arrays.deepToString(passed)
                + (criterionExits.length == 0 ? "" : "\n" + Arrays.toString(criterionExits));
    }
}
