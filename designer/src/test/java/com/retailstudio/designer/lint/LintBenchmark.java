package com.retailstudio.designer.lint;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Prints how long lint, a JSON round trip and a diff take on journeys of growing size (median of 25 runs after
 * warm-up): the editor runs lint on every change, so it must stay far below a frame's budget for real journeys.
 */
public final class LintBenchmark {
    private LintBenchmark() {
    }

    /** A chain of {@code blocks} × (condition split → email | push → wait until purchase), ending in exits. */
    public static Journey sized(int blocks) {
        Journey base = TestJourneys.clean();
        List<JourneyNode> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new JourneyNode.Entry("entry", "Entry", TestJourneys.at(0, 0)));
        nodes.add(new JourneyNode.Exit("bought", "Bought", TestJourneys.at(400, 0)));
        String previous = "entry";
        for (int i = 0; i < blocks; i++) {
            String split = "split-" + i;
            String email = "email-" + i;
            String push = "push-" + i;
            String wait = "wait-" + i;
            nodes.add(new JourneyNode.ConditionSplit(split, "Split " + i, TestJourneys.at(0, i * 400), List.of(
                    new JourneyNode.Branch("sensitive", "Sensitive", Condition.Group.all(
                            new Condition.Comparison("price_sensitivity", Operator.AT_LEAST, new ConditionValue.NumberValue(0.5)),
                            new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                                    new ConditionValue.TextValue("GOLD"), new ConditionValue.TextValue("SILVER")))))))));
            nodes.add(new JourneyNode.Action(email, "Email " + i, TestJourneys.at(-128, i * 400 + 100),
                    Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "c" + i)));
            nodes.add(new JourneyNode.Action(push, "Push " + i, TestJourneys.at(128, i * 400 + 100),
                    Message.of(JourneyChannel.APP_PUSH, MessageKind.SCARCITY, "p" + i)));
            nodes.add(new JourneyNode.Wait(wait, "Wait " + i, TestJourneys.at(0, i * 400 + 200), Duration.ofDays(1),
                    Optional.of("purchase")));
            edges.add(new Edge(previous, previous.equals("entry") ? "next" : "timeout", split));
            edges.add(new Edge(split, "sensitive", email));
            edges.add(new Edge(split, "else", push));
            edges.add(new Edge(email, "next", wait));
            edges.add(new Edge(push, "next", wait));
            edges.add(new Edge(wait, "event", "bought"));
            previous = wait;
        }
        nodes.add(new JourneyNode.Exit("end", "End", TestJourneys.at(0, blocks * 400)));
        edges.add(new Edge(previous, "timeout", "end"));
        return base.withNodes(nodes, edges);
    }

    private static double medianMicros(Runnable work) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        long[] times = new long[25];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2] / 1000.0;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%8s %12s %14s %14s %12s%n", "nodes", "lint (ms)", "write (ms)", "read (ms)", "diff (ms)");
        for (int blocks : new int[] {5, 25, 100, 500}) {
            Journey journey = sized(blocks);
            if (!Lint.check(journey).isEmpty()) {
                throw new IllegalStateException("benchmark journey should be clean: " + Lint.check(journey));
            }
            String json = JourneyJson.toJson(journey);
            Journey moved = journey.withVersion(2);
            double lint = medianMicros(() -> Lint.check(journey));
            double write = medianMicros(() -> JourneyJson.toJson(journey));
            double read = medianMicros(() -> {
                try {
                    JourneyJson.parse(json);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            double diff = medianMicros(() -> JourneyDiff.between(journey, moved));
            System.out.printf("%8d %12.3f %14.3f %14.3f %12.3f%n", journey.nodes().size(), lint / 1000, write / 1000,
                    read / 1000, diff / 1000);
        }
    }
}
