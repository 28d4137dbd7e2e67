package com.retailstudio.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TidyLayoutTest {

    @Test
    void layersFollowTheLongestPathFromTheEntry() {
        Journey tidy = TidyLayout.tidy(TestJourneys.clean());
        assertEquals(0, y(tidy, "entry"));
        assertEquals(TidyLayout.ROW, y(tidy, "email"));
        assertEquals(2 * TidyLayout.ROW, y(tidy, "wait"));
        assertEquals(3 * TidyLayout.ROW, y(tidy, "done"));
        assertEquals(3 * TidyLayout.ROW, y(tidy, "push"));
        assertEquals(4 * TidyLayout.ROW, y(tidy, "end"), "after push, the longest path");
        assertTrue(x(tidy, "done") < x(tidy, "push"), "the event port comes before timeout, left to right");
        assertEquals(TestJourneys.clean().edges(), tidy.edges());
    }

    @Test
    void aStepIsPlacedUnderItsOnlyPredecessor() {
        Journey tidy = TidyLayout.tidy(TestJourneys.clean());
        assertEquals(x(tidy, "entry"), x(tidy, "email"));
        assertEquals(x(tidy, "email"), x(tidy, "wait"));
        assertEquals(x(tidy, "push"), x(tidy, "end"));
    }

    @Test
    void aLoopBackToAnEarlierStepDoesNotPushItDown() {
        Journey looped = TestJourneys.editingEdges(TestJourneys.clean(), edges -> {
            edges.removeIf(e -> e.from().equals("push"));
            edges.add(new Edge("push", "next", "wait"));
            return edges;
        });
        Journey tidy = TidyLayout.tidy(looped);
        assertEquals(2 * TidyLayout.ROW, y(tidy, "wait"));
        assertEquals(3 * TidyLayout.ROW, y(tidy, "push"));
    }

    @Test
    void barycentreOrderingRemovesAvoidableCrossings() {
        // entry → s; s.loyal → a, s.else → b; a (A/B) → c and d; b → c. Discovery order puts d right of c, so b → c
        // would cross a → d; the sweep puts d left of c.
        Journey base = TestJourneys.clean();
        Journey crossed = base.withNodes(List.of(
                        new JourneyNode.Entry("entry", "", new Position(0, 0)),
                        NodeKind.CONDITION_SPLIT.create("s", new Position(0, 0)),
                        NodeKind.RANDOM_SPLIT.create("a", new Position(0, 0)),
                        NodeKind.WAIT.create("b", new Position(0, 0)),
                        new JourneyNode.Exit("c", "", new Position(0, 0)),
                        new JourneyNode.Exit("d", "", new Position(0, 0))),
                List.of(new Edge("entry", "next", "s"), new Edge("s", "loyal", "a"), new Edge("s", "else", "b"),
                        new Edge("a", "a", "c"), new Edge("a", "b", "d"), new Edge("b", "next", "c")));
        Journey tidy = TidyLayout.tidy(crossed);
        assertTrue(x(tidy, "a") < x(tidy, "b"));
        assertTrue(x(tidy, "d") < x(tidy, "c"));
        assertEquals(y(tidy, "c"), y(tidy, "d"));
    }

    @Test
    void everyTemplateTidiesWithoutOverlappingCards() {
        for (String name : JourneyTemplates.NAMES) {
            Journey tidy = TidyLayout.tidy(JourneyTemplates.load(name).orElseThrow());
            assertEquals(List.of(), overlaps(tidy), name);
        }
    }

    /** Pairs of steps whose cards overlap. */
    static List<String> overlaps(Journey journey) {
        List<String> found = new ArrayList<>();
        List<JourneyNode> nodes = journey.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Position a = nodes.get(i).position();
                Position b = nodes.get(j).position();
                if (Math.abs(a.x() - b.x()) < TidyLayout.CARD_WIDTH && Math.abs(a.y() - b.y()) < TidyLayout.CARD_HEIGHT) {
                    found.add(nodes.get(i).id() + "/" + nodes.get(j).id());
                }
            }
        }
        return found;
    }

    private static double x(Journey journey, String id) {
        return journey.node(id).orElseThrow().position().x();
    }

    private static double y(Journey journey, String id) {
        return journey.node(id).orElseThrow().position().y();
    }

}
