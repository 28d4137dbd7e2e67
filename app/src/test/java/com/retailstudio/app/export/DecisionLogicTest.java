package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of every template's decisions is logic: changing any one is caught, formatting is not. */
class DecisionLogicTest {

    /** The FEEL of every rule entry and literal expression, with the id of the decision it belongs to. */
    private static final Pattern ENTRY = Pattern.compile(
            "<(inputEntry|outputEntry) id=\"[^\"]*\"><text>([^<]*)</text>|<literalExpression[^>]*><text>([^<]*)</text>");

    static List<String> templates() {
        return JourneyTemplates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theExportOfEveryTemplateMatchesItselfAndEveryChangedEntryIsNamed(String template) {
        String journey = JourneyTemplates.json(template).orElseThrow();
        String dmn = DmnExporter.toDmn(JourneyTemplates.load(template).orElseThrow());
        assertEquals(List.of(), DecisionLogic.differences(template, journey, bytes(dmn)));
        assertEquals(List.of(), DecisionLogic.differences(template, journey,
                bytes(dmn.replace("\n", "\n\n    ").replaceAll("id=\"(ie|oe|rule)_", "id=\"x_$1_"))),
                "formatting and ids are not logic");

        Matcher entry = ENTRY.matcher(dmn);
        int changed = 0;
        while (entry.find()) {
            int group = entry.group(2) != null ? 2 : 3;
            String tampered = dmn.substring(0, entry.start(group)) + "not(" + entry.group(group) + ")"
                    + dmn.substring(entry.end(group));
            String decision = decisionAround(dmn, entry.start());

            List<String> differences = DecisionLogic.differences(template, journey, bytes(tampered));

            assertFalse(differences.isEmpty(), template + ": changing '" + entry.group(group) + "' went unnoticed");
            assertTrue(differences.get(0).startsWith("decision " + decision + " differs from journey " + template),
                    differences.toString());
            changed++;
        }
        assertTrue(changed > 3, template + " has only " + changed + " entries");
    }

    private static String decisionAround(String dmn, int at) {
        int start = dmn.lastIndexOf("<decision id=\"", at) + "<decision id=\"".length();
        return dmn.substring(start, dmn.indexOf('"', start));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
