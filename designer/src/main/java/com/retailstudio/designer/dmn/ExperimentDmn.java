package com.retailstudio.designer.dmn;

import com.retailstudio.designer.model.ExperimentAssignment;
import com.retailstudio.designer.model.Holdout;
import com.retailstudio.designer.model.JourneyNode;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * An experiment split's variant assignment as a DMN decision table (docs/dmn-export.md): the customer's bucket
 * ({@link ExperimentAssignment#bucket}, computed by the caller since FEEL has no SHA-256) falls in one variant's
 * range; for a winner rule, a picked winner takes precedence. Hit policy FIRST, so each rule only tests the upper
 * end of its range.
 */
final class ExperimentDmn {
    private ExperimentDmn() {
    }

    static void write(DmnXmlWriter w, DmnXmlWriter.ExperimentVariant experiment) throws XMLStreamException {
        JourneyNode.RandomSplit split = experiment.split();
        String decisionId = DmnExporter.experimentDecision(split.id());
        String bucket = DmnExporter.experimentBucketVariable(split.id());
        String winner = DmnExporter.experimentWinnerVariable(split.id());
        boolean picksWinner = experiment.picksWinner();
        w.open(1, "decision", "id", decisionId, "name", split.title());
        w.textElement(2, "description", "The variant of experiment " + split.id() + " for a customer: the range "
                + "their bucket falls in (bucket = SHA-256 of \"" + experiment.journeyId() + ":" + split.id()
                + ":<customer id>\", first 8 bytes as an unsigned number, modulo " + Holdout.BUCKETS + ")"
                + (picksWinner ? "; once the winner rule has picked a variant, that variant for every customer "
                + "reaching the split after the decision." : "."));
        w.empty(2, "variable", "name", decisionId, "typeRef", "string");
        w.requirement(bucket);
        if (picksWinner) {
            w.requirement(winner);
        }
        w.open(2, "decisionTable", "id", w.id("table"), "hitPolicy", "FIRST");
        w.inputColumn("experiment bucket of " + split.id(), "number", bucket);
        if (picksWinner) {
            w.inputColumn("picked winner of " + split.id(), "string", winner);
        }
        w.empty(3, "output", "id", w.id("out"), "name", "variant", "typeRef", "string");
        List<JourneyNode.Path> paths = split.paths();
        if (picksWinner) {
            for (JourneyNode.Path path : paths) {
                rule(w, "-", DmnExporter.text(path.id()), path.id(), "the picked winner " + path.id());
            }
        }
        int[] upper = ExperimentAssignment.upperBuckets(paths);
        int lower = 0;
        for (int i = 0; i < paths.size(); i++) {
            String test = i == paths.size() - 1 ? "-" : "< " + upper[i];
            rule(w, test, picksWinner ? "-" : null, paths.get(i).id(), "buckets " + lower + " to " + (upper[i] - 1)
                    + " (" + paths.get(i).label() + ")");
            lower = upper[i];
        }
        w.close(2);
        w.close(1);
    }

    private static void rule(DmnXmlWriter w, String bucketTest, String winnerTest, String variant, String description)
            throws XMLStreamException {
        w.open(3, "rule", "id", w.id("rule"));
        w.textElement(4, "description", description);
        w.entry("inputEntry", "ie", bucketTest);
        if (winnerTest != null) {
            w.entry("inputEntry", "ie", winnerTest);
        }
        w.entry("outputEntry", "oe", DmnExporter.text(variant));
        w.close(3);
    }
}
