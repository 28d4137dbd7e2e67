package com.retailstudio.designer.dmn;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the DMN 1.3 XML of a journey's decisions through the JDK's {@link XMLStreamWriter}, so every name, label and
 * FEEL text is escaped by an XML writer rather than by hand. Element ids are numbered in document order and the JDK's
 * own writer is used whatever StAX implementation is on the class path, so one journey always gives the same bytes.
 */
final class DmnXmlWriter {

    /** One exported decision, in document order. */
    sealed interface Decision permits Table, Arbitration, ExperimentVariant, SendHourDecision {
    }

    /** A first-hit decision table: one rule per row, then {@code lastOutput} for every other case. */
    record Table(String decisionId, String name, String output, String outputType, List<DmnExporter.Row> rows,
                 String lastOutput) implements Decision {
    }

    /** The next-best-action arbitration of one node, as a FEEL literal expression. */
    record Arbitration(JourneyNode.NextBestAction nba) implements Decision {
    }

    /** An experiment split's variant from the customer's bucket, or the picked winner once there is one. */
    record ExperimentVariant(String journeyId, JourneyNode.RandomSplit split) implements Decision {
        boolean picksWinner() {
            return split.experiment().orElseThrow().decision() == Experiment.Decision.PICK_WINNER;
        }
    }

    /** An {@code inputData} element: the column label (the field path as the data contract spells it) and its type. */
    private record Input(String label, String typeRef) {
    }

    /** A column of a table: a field path and which of a rule's comparisons on that field it holds. */
    private record Column(String field, int occurrence) {
    }

    private final FieldCatalogue catalogue;
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    /** variable name → input, in first-use order. */
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private int ids;

    private DmnXmlWriter(FieldCatalogue catalogue) throws XMLStreamException {
        this.catalogue = catalogue;
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    }

    /** The DMN document of {@code journey}'s decisions. */
    static String write(Journey journey, List<Decision> decisions, FieldCatalogue catalogue) {
        try {
            DmnXmlWriter writer = new DmnXmlWriter(catalogue);
            writer.collectInputs(decisions);
            return writer.document(journey, decisions);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    /** The inputs go before the decisions in the document, so they are gathered first, in first-use order. */
    private void collectInputs(List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Table table) {
                for (String path : columnCounts(table.rows()).keySet()) {
                    inputs.putIfAbsent(DmnExporter.variable(path),
                            new Input(path, DmnExporter.typeRef(field(path).type())));
                }
            } else if (decision instanceof Arbitration arbitration) {
                arbitrationInputs(arbitration.nba()).forEach(name -> inputs.putIfAbsent(name, new Input(name, "number")));
            } else if (decision instanceof ExperimentVariant experiment) {
                String node = experiment.split().id();
                inputs.putIfAbsent(DmnExporter.experimentBucketVariable(node), new Input("experiment bucket of " + node
                        + ": SHA-256(\"" + experiment.journeyId() + ":" + node + ":\" + customer id), first 8 bytes "
                        + "unsigned, modulo 10000", "number"));
                if (experiment.picksWinner()) {
                    inputs.putIfAbsent(DmnExporter.experimentWinnerVariable(node), new Input("picked winner of "
                            + node + " (variant id), null until the winner rule picks one", "string"));
                }
            } else if (decision instanceof SendHourDecision) {
                // a list of 24 numbers; FEEL has no built-in name for a list type, so the variable carries none
                inputs.putIfAbsent(DmnExporter.HOUR_RESPONSE, new Input(DmnExporter.HOUR_RESPONSE, null));
            }
        }
    }

    private String document(Journey journey, List<Decision> decisions) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("definitions");
        xml.writeDefaultNamespace(DmnExporter.DMN_NAMESPACE);
        xml.writeAttribute("id", DmnExporter.safe("journey_" + journey.id()));
        xml.writeAttribute("name", journey.name() + " v" + journey.version());
        xml.writeAttribute("namespace", "urn:retail-studio:journey:" + journey.id() + ":v" + journey.version());
        xml.writeAttribute("expressionLanguage", DmnExporter.FEEL);
        xml.writeAttribute("typeLanguage", DmnExporter.FEEL);
        xml.writeCharacters("\n");
        textElement(1, "description", "Stateless decisions of journey " + journey.id() + " version "
                + journey.version() + ", exported by Retail Studio.");
        for (Map.Entry<String, Input> input : inputs.entrySet()) {
            String name = input.getKey();
            open(1, "inputData", "id", "input_" + name, "name", name, "label", input.getValue().label());
            if (input.getValue().typeRef() == null) {
                empty(2, "variable", "name", name);
            } else {
                empty(2, "variable", "name", name, "typeRef", input.getValue().typeRef());
            }
            close(1);
        }
        for (Decision decision : decisions) {
            if (decision instanceof Table table) {
                table(table);
            } else if (decision instanceof Arbitration arbitration) {
                arbitration(arbitration.nba());
            } else if (decision instanceof ExperimentVariant experiment) {
                ExperimentDmn.write(this, experiment);
            } else if (decision instanceof SendHourDecision sendHour) {
                sendHour(sendHour);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        out.write('\n');
        return out.toString();
    }

    private void table(Table table) throws XMLStreamException {
        Map<String, Integer> counts = columnCounts(table.rows());
        List<Column> columns = new ArrayList<>();
        counts.forEach((field, n) -> {
            for (int k = 0; k < n; k++) {
                columns.add(new Column(field, k));
            }
        });
        open(1, "decision", "id", table.decisionId(), "name", table.name());
        empty(2, "variable", "name", table.decisionId(), "typeRef", table.outputType());
        for (String path : counts.keySet()) {
            requirement(DmnExporter.variable(path));
        }
        open(2, "decisionTable", "id", id("table"), "hitPolicy", "FIRST");
        for (Column column : columns) {
            FieldType type = field(column.field()).type();
            open(3, "input", "id", id("in"), "label", column.field());
            indent(4);
            xml.writeStartElement("inputExpression");
            xml.writeAttribute("id", id("expr"));
            // Camunda 7 turns a date input into a java.util.Date that FEEL cannot compare with date("..."), so a
            // date column leaves its type to the inputData's declaration.
            if (type != FieldType.DATE) {
                xml.writeAttribute("typeRef", DmnExporter.typeRef(type));
            }
            text(DmnExporter.variable(column.field()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            close(3);
        }
        empty(3, "output", "id", id("out"), "name", table.output(), "typeRef", table.outputType());
        for (DmnExporter.Row row : table.rows()) {
            rule(columns, row.conjunct(), row.output(), row.description());
        }
        rule(columns, List.of(), table.lastOutput(), "otherwise");
        close(2);
        close(1);
    }

    private void rule(List<Column> columns, List<Condition.Comparison> conjunct, String output, String description)
            throws XMLStreamException {
        open(3, "rule", "id", id("rule"));
        textElement(4, "description", description);
        for (Column column : columns) {
            List<Condition.Comparison> onField = conjunct.stream()
                    .filter(c -> c.field().equals(column.field())).toList();
            String test = column.occurrence() < onField.size()
                    ? DmnExporter.unaryTest(onField.get(column.occurrence()), field(column.field())) : "-";
            entry("inputEntry", "ie", test);
        }
        entry("outputEntry", "oe", output);
        close(3);
    }

    private void arbitration(JourneyNode.NextBestAction nba) throws XMLStreamException {
        String decisionId = DmnExporter.nbaDecision(nba.id());
        open(1, "decision", "id", decisionId, "name", nba.title());
        textElement(2, "description", "The winning candidate of " + nba.id() + ": the highest propensity × value × "
                + "weight − fatigue penalty × recent messages above zero, ties to the earlier candidate; null when "
                + "none scores above zero. A candidate whose propensity is null (not eligible, e.g. no consent) does "
                + "not compete.");
        empty(2, "variable", "name", decisionId, "typeRef", "string");
        for (String name : arbitrationInputs(nba)) {
            requirement(name);
        }
        List<String> scores = new ArrayList<>();
        for (JourneyNode.Candidate c : nba.candidates()) {
            String p = DmnExporter.propensityVariable(nba.id(), c.id());
            scores.add("if " + p + " = null then null else " + p + " * " + DmnExporter.number(c.value()) + " * "
                    + DmnExporter.number(c.weight()) + " - " + DmnExporter.number(nba.fatiguePenalty()) + " * "
                    + DmnExporter.RECENT_MESSAGES);
        }
        String feel = "{\n  ids: ["
                + nba.candidates().stream().map(c -> DmnExporter.text(c.id())).collect(Collectors.joining(", "))
                + "],\n  scores: [" + String.join(",\n    ", scores) + "],\n"
                + "  competing: scores[item != null],\n"
                + "  best: if count(competing) = 0 then null else max(competing),\n"
                + "  winner: if best = null or best <= 0 then null else ids[index of(scores, best)[1]]\n"
                + "}.winner";
        indent(2);
        xml.writeStartElement("literalExpression");
        xml.writeAttribute("id", id("literal"));
        xml.writeAttribute("typeRef", "string");
        text(feel);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        close(1);
    }

    private void sendHour(SendHourDecision decision) throws XMLStreamException {
        open(1, "decision", "id", decision.decisionId(), "name", decision.name());
        textElement(2, "description", "The local hour (0 to 23) at which " + decision.sendStep() + " goes: of the "
                + "hours outside quiet hours, the one of highest expected response in hour_response (24 numbers, "
                + "the first for 00:00), the earliest on a tie; null without hour_response. The orchestrator holds "
                + "the send until this hour next starts in the customer's time zone, or sends at once within it.");
        empty(2, "variable", "name", decision.decisionId(), "typeRef", "number");
        requirement(DmnExporter.HOUR_RESPONSE);
        indent(2);
        xml.writeStartElement("literalExpression");
        xml.writeAttribute("id", id("literal"));
        xml.writeAttribute("typeRef", "number");
        text(decision.feel());
        xml.writeEndElement();
        xml.writeCharacters("\n");
        close(1);
    }

    /** Every arbitration input: each candidate's propensity, then the recent messages. */
    private static List<String> arbitrationInputs(JourneyNode.NextBestAction nba) {
        List<String> names = new ArrayList<>();
        for (JourneyNode.Candidate c : nba.candidates()) {
            names.add(DmnExporter.propensityVariable(nba.id(), c.id()));
        }
        names.add(DmnExporter.RECENT_MESSAGES);
        return names;
    }

    /** Per field, the most comparisons one rule makes on it: one column each, in first-use order. */
    private static Map<String, Integer> columnCounts(List<DmnExporter.Row> rows) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (DmnExporter.Row row : rows) {
            Map<String, Integer> here = new LinkedHashMap<>();
            row.conjunct().forEach(c -> here.merge(c.field(), 1, Integer::sum));
            here.forEach((f, n) -> columns.merge(f, n, Math::max));
        }
        return columns;
    }

    private Field field(String path) {
        return catalogue.lookup(path).orElseThrow(
                () -> new IllegalArgumentException("the field catalogue has no field " + path));
    }

    String id(String prefix) {
        return prefix + "_" + (++ids);
    }

    /** A decision table's input column reading {@code variable} of type {@code typeRef}. */
    void inputColumn(String label, String typeRef, String variable) throws XMLStreamException {
        open(3, "input", "id", id("in"), "label", label);
        indent(4);
        xml.writeStartElement("inputExpression");
        xml.writeAttribute("id", id("expr"));
        xml.writeAttribute("typeRef", typeRef);
        text(variable);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        close(3);
    }

    // ---- layout: one element per line, two spaces per level, as a person reading the file expects ----

    void requirement(String input) throws XMLStreamException {
        indent(2);
        xml.writeStartElement("informationRequirement");
        xml.writeAttribute("id", id("req"));
        xml.writeEmptyElement("requiredInput");
        xml.writeAttribute("href", "#input_" + input);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    void entry(String element, String idPrefix, String text) throws XMLStreamException {
        indent(4);
        xml.writeStartElement(element);
        xml.writeAttribute("id", id(idPrefix));
        text(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    void text(String text) throws XMLStreamException {
        xml.writeStartElement("text");
        characters(text);
        xml.writeEndElement();
    }

    void textElement(int depth, String element, String text) throws XMLStreamException {
        indent(depth);
        xml.writeStartElement(element);
        characters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * Element text, escaped by the writer; a double quote goes out as {@code &quot;} as the exporter always wrote it,
     * so a journey's decisions file keeps its bytes from one release to the next (and FEEL strings stay easy to find).
     */
    private void characters(String text) throws XMLStreamException {
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            xml.writeCharacters(text.substring(from, quote));
            xml.writeEntityRef("quot");
            from = quote + 1;
        }
        xml.writeCharacters(text.substring(from));
    }

    void open(int depth, String element, String... attributes) throws XMLStreamException {
        indent(depth);
        xml.writeStartElement(element);
        attributes(attributes);
        xml.writeCharacters("\n");
    }

    void empty(int depth, String element, String... attributes) throws XMLStreamException {
        indent(depth);
        xml.writeEmptyElement(element);
        attributes(attributes);
        xml.writeCharacters("\n");
    }

    void close(int depth) throws XMLStreamException {
        indent(depth);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void attributes(String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("  ".repeat(depth));
    }
}
