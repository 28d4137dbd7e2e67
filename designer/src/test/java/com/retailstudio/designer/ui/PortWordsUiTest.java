package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A path is named alike on the canvas and in the checks: when a labelled connection is removed, the finding that its
 * port leads nowhere quotes the words the canvas drew on it ("Everyone else", not "else").
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class PortWordsUiTest {

    private static final Pattern QUOTED_PATH = Pattern.compile("The \"(.+)\" path of");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void anUnconnectedPortIsNamedWithTheWordsTheCanvasDrawsOnItsConnection() throws Exception {
        for (String template : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(template).orElseThrow();
            Set<String> drawn = WaitForAsyncUtils.asyncFx(() -> canvasWords(journey)).get();
            for (Edge edge : journey.edges()) {
                JourneyNode from = journey.node(edge.from()).orElseThrow();
                if (from.outputPorts().size() < 2 || edge.port().equals(JourneyNode.NEXT)) {
                    continue; // a step's single way on carries no words
                }
                String named = unconnectedPortName(JourneyEdits.disconnect(journey, edge), edge.from());
                assertTrue(drawn.contains(named), template + ": the finding names the path \"" + named
                        + "\", the canvas draws " + drawn);
            }
        }
    }

    private static Set<String> canvasWords(Journey journey) {
        JourneyCanvasView canvas = new JourneyCanvasView();
        canvas.journeyProperty().set(journey);
        return canvas.lookupAll(".journey-edge-label").stream().map(node -> ((Label) node).getText())
                .collect(Collectors.toSet());
    }

    private static String unconnectedPortName(Journey journey, String nodeId) {
        for (Finding finding : Lint.check(journey)) {
            Matcher quoted = QUOTED_PATH.matcher(finding.message());
            if (finding.code().equals("UNCONNECTED_PORT") && finding.nodeId().orElse("").equals(nodeId)
                    && quoted.find()) {
                return quoted.group(1);
            }
        }
        throw new AssertionError("no UNCONNECTED_PORT finding on " + nodeId);
    }
}
