package com.retailstudio.app.export;

import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The decision logic of a DMN file — what a DMN engine evaluates, without ids, names, descriptions or formatting — so
 * a bundled {@code .dmn} can be compared with the one the approved journey gives. Production runs the {@code .dmn},
 * so an edit to it (an audience that no longer needs consent, a hit policy, a rule's output) would otherwise change
 * behaviour without anyone approving it.
 *
 * <p>Compared: each decision by id (its output type, the inputs it requires), for a decision table its hit policy and
 * aggregation, its inputs (expression and type) and outputs (name and type) in order, and every rule's input and output
 * entries in order (a FIRST table's order is logic); for a literal expression its FEEL text; and every
 * {@code inputData}'s variable and type. FEEL text is compared with runs of white space folded to one space.
 */
final class DecisionLogic {

    private DecisionLogic() {
    }

    /** One decision's logic. */
    record Decision(String id, String type, TreeSet<String> requires, String hitPolicy, List<String> inputs,
                    List<String> outputs, List<List<String>> rules, String literal) {
    }

    /** A DMN model's logic: decisions by id in document order, input data variables with their types. */
    record Model(Map<String, Decision> decisions, Map<String, String> inputData) {
    }

    /**
     * The differences between a bundled DMN and the one regenerated from the bundled journey, each naming the journey
     * and the decision; empty when the logic is the same.
     *
     * @param journeyName how messages name the journey, e.g. {@code welcome v3}
     */
    static List<String> differences(String journeyName, String journeyJson, byte[] bundledDmn) {
        Journey journey;
        String expected;
        try {
            journey = JourneyJson.parse(journeyJson);
            expected = DmnExporter.toDmn(journey);
        } catch (JourneyFormatException | IllegalArgumentException e) {
            return List.of("cannot be compared with its journey, which gives no decisions: " + e.getMessage());
        }
        String of = "journey " + journeyName;
        Model approved;
        Model bundled;
        try {
            approved = parse(expected.getBytes(StandardCharsets.UTF_8));
            bundled = parse(bundledDmn);
        } catch (IOException e) {
            return List.of("cannot be read as DMN: " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        approved.decisions().forEach((id, want) -> {
            Decision have = bundled.decisions().get(id);
            if (have == null) {
                differences.add("lacks decision " + id + " of " + of + ".");
            } else {
                compare(of, want, have).ifPresent(differences::add);
            }
        });
        bundled.decisions().keySet().stream().filter(id -> !approved.decisions().containsKey(id)).forEach(id ->
                differences.add("has decision " + id + ", which " + of + " does not make."));
        approved.inputData().forEach((name, type) -> {
            String have = bundled.inputData().get(name);
            if (!type.equals(have)) {
                differences.add("declares input " + name + (have == null ? " nowhere" : " as " + have)
                        + "; " + of + " declares it as " + type + ".");
            }
        });
        bundled.inputData().keySet().stream().filter(name -> !approved.inputData().containsKey(name)).forEach(name ->
                differences.add("declares input " + name + ", which " + of + " does not use."));
        return differences;
    }

    private static Optional<String> compare(String of, Decision want, Decision have) {
        String at = "decision " + want.id() + " differs from " + of + ": ";
        if (!want.type().equals(have.type())) {
            return Optional.of(at + "its output type is " + have.type() + ", approved " + want.type() + ".");
        }
        if (!want.requires().equals(have.requires())) {
            return Optional.of(at + "it requires " + have.requires() + ", approved " + want.requires() + ".");
        }
        if (!want.hitPolicy().equals(have.hitPolicy())) {
            return Optional.of(at + "its hit policy is " + have.hitPolicy() + ", approved " + want.hitPolicy() + ".");
        }
        if (!want.inputs().equals(have.inputs())) {
            return Optional.of(at + "its inputs are " + have.inputs() + ", approved " + want.inputs() + ".");
        }
        if (!want.outputs().equals(have.outputs())) {
            return Optional.of(at + "its outputs are " + have.outputs() + ", approved " + want.outputs() + ".");
        }
        if (want.rules().size() != have.rules().size()) {
            return Optional.of(at + "it has " + have.rules().size() + " rules, approved " + want.rules().size() + ".");
        }
        for (int r = 0; r < want.rules().size(); r++) {
            List<String> wanted = want.rules().get(r);
            List<String> had = have.rules().get(r);
            for (int c = 0; c < wanted.size(); c++) {
                if (c >= had.size() || !wanted.get(c).equals(had.get(c))) {
                    String column = c < want.inputs().size() ? "input " + want.inputs().get(c)
                            : "output " + want.outputs().get(c - want.inputs().size());
                    return Optional.of(at + "rule " + (r + 1) + ", " + column + " is '"
                            + (c < had.size() ? had.get(c) : "") + "', approved '" + wanted.get(c) + "'.");
                }
            }
            if (had.size() != wanted.size()) {
                return Optional.of(at + "rule " + (r + 1) + " has " + had.size() + " entries, approved "
                        + wanted.size() + ".");
            }
        }
        if (!want.literal().equals(have.literal())) {
            return Optional.of(at + "its expression is '" + have.literal() + "', approved '" + want.literal() + "'.");
        }
        return Optional.empty();
    }

    static Model parse(byte[] dmn) throws IOException {
        Element root = UntrustedXml.root(dmn);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        Map<String, String> inputData = new LinkedHashMap<>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "decision" -> decisions.put(child.getAttribute("id"), decision(child));
                case "inputData" -> first(child, "variable").ifPresent(variable ->
                        inputData.put(variable.getAttribute("name"), variable.getAttribute("typeRef")));
                default -> {
                    // descriptions, diagrams and other documentation carry no logic
                }
            }
        }
        return new Model(decisions, inputData);
    }

    private static Decision decision(Element decision) {
        String type = first(decision, "variable").map(v -> v.getAttribute("typeRef")).orElse("");
        TreeSet<String> requires = new TreeSet<>();
        for (Element requirement : children(decision)) {
            if (requirement.getLocalName().equals("informationRequirement")) {
                children(requirement).forEach(ref -> requires.add(ref.getLocalName() + " " + ref.getAttribute("href")));
            }
        }
        Optional<Element> table = first(decision, "decisionTable");
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<List<String>> rules = new ArrayList<>();
        String hitPolicy = "";
        if (table.isPresent()) {
            Element t = table.get();
            hitPolicy = (t.hasAttribute("hitPolicy") ? t.getAttribute("hitPolicy") : "UNIQUE")
                    + (t.hasAttribute("aggregation") ? " " + t.getAttribute("aggregation") : "");
            for (Element part : children(t)) {
                switch (part.getLocalName()) {
                    case "input" -> inputs.add(first(part, "inputExpression").map(e -> feel(text(e))
                            + typeOf(e)).orElse(""));
                    case "output" -> outputs.add(part.getAttribute("name") + typeOf(part));
                    case "rule" -> {
                        List<String> entries = new ArrayList<>();
                        children(part).stream().filter(e -> e.getLocalName().equals("inputEntry"))
                                .forEach(e -> entries.add(feel(text(e))));
                        children(part).stream().filter(e -> e.getLocalName().equals("outputEntry"))
                                .forEach(e -> entries.add(feel(text(e))));
                        rules.add(entries);
                    }
                    default -> {
                    }
                }
            }
        }
        String literal = first(decision, "literalExpression").map(e -> feel(text(e))).orElse("");
        return new Decision(decision.getAttribute("id"), type, requires, hitPolicy, inputs, outputs, rules, literal);
    }

    private static String typeOf(Element element) {
        return element.hasAttribute("typeRef") ? " : " + element.getAttribute("typeRef") : "";
    }

    /** The FEEL of an element's {@code text} child. */
    private static String text(Element element) {
        return first(element, "text").map(Node::getTextContent).orElse("");
    }

    private static String feel(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Optional<Element> first(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
