package com.retailstudio.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Rules every edit sequence keeps, whatever the edits. */
@Tag("slow")
class EditPropertiesTest {

    /** One edit, described by numbers that pick its steps from whatever the journey holds when it is applied. */
    record Step(int op, int a, int b, int c, int dx, int dy) implements UnaryOperator<Journey> {
        @Override
        public Journey apply(Journey journey) {
            List<JourneyNode> nodes = journey.nodes();
            if (nodes.isEmpty()) {
                return JourneyEdits.addNode(journey, NodeKind.values()[a % NodeKind.values().length],
                        new Position(dx, dy));
            }
            JourneyNode first = nodes.get(a % nodes.size());
            JourneyNode second = nodes.get(b % nodes.size());
            return switch (op) {
                case 0 -> JourneyEdits.addNode(journey, NodeKind.values()[c % NodeKind.values().length],
                        new Position(dx, dy));
                case 1 -> JourneyEdits.deleteNodes(journey, List.of(first.id()));
                case 2 -> first.outputPorts().isEmpty() ? journey : JourneyEdits.connect(journey, first.id(),
                        first.outputPorts().get(c % first.outputPorts().size()), second.id());
                case 3 -> journey.edges().isEmpty() ? journey
                        : JourneyEdits.disconnect(journey, journey.edges().get(c % journey.edges().size()));
                case 4 -> JourneyEdits.moveBy(journey, List.of(first.id(), second.id()), dx, dy);
                case 5 -> JourneyEdits.paste(journey, JourneyEdits.copy(journey, List.of(first.id(), second.id())),
                        dx, dy);
                case 6 -> TidyLayout.tidy(journey);
                default -> JourneyEdits.replaceNode(journey, NodeKind.of(first) == NodeKind.WAIT
                        ? NodeKind.WAIT.create(first.id(), first.position()) : first);
            };
        }
    }

    @Provide
    Arbitrary<List<Step>> edits() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> offset = Arbitraries.integers().between(-600, 600);
        return Combinators.combine(Arbitraries.integers().between(0, 7), small, small, small, offset, offset)
                .as(Step::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Journey> templates() {
        return Arbitraries.of(JourneyTemplates.NAMES).map(name -> JourneyTemplates.load(name).orElseThrow());
    }

    @Property(tries = 200)
    void undoingEveryEditRestoresTheOriginalAndRedoingRestoresTheResult(@ForAll("templates") Journey start,
            @ForAll("edits") List<Step> steps) {
        EditSession session = new EditSession(start);
        steps.forEach(session::apply);
        Journey end = session.journey();
        while (session.undo()) {
            // back to the start
        }
        assertEquals(start, session.journey());
        while (session.redo()) {
            // forward to the end
        }
        assertEquals(end, session.journey());
    }

    @Property(tries = 200)
    void editsNeverLeaveAConnectionToAMissingStepOrAPortTwice(@ForAll("templates") Journey start,
            @ForAll("edits") List<Step> steps) {
        Journey journey = start;
        for (Step step : steps) {
            journey = step.apply(journey);
        }
        Set<String> ports = new HashSet<>();
        for (Edge edge : journey.edges()) {
            JourneyNode from = journey.node(edge.from()).orElseThrow();
            assertTrue(journey.node(edge.to()).isPresent(), edge.describe());
            assertTrue(from.outputPorts().contains(edge.port()), edge.describe());
            assertTrue(ports.add(edge.from() + "/" + edge.port()), "port used twice: " + edge.describe());
        }
    }

    @Property(tries = 200)
    void tidyNeverOverlapsCards(@ForAll("templates") Journey start, @ForAll("edits") List<Step> steps) {
        Journey journey = start;
        for (Step step : steps) {
            journey = step.apply(journey);
        }
        Journey tidy = TidyLayout.tidy(journey);
        assertEquals(List.of(), TidyLayoutTest.overlaps(tidy));
        assertEquals(journey.edges(), tidy.edges());
        assertEquals(journey.nodes().size(), tidy.nodes().size());
    }
}
