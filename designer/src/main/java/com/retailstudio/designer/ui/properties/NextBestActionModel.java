package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A Next best action step: candidate messages, each with a business value and a weight (the marketer's lever),
 * the fatigue penalty per recent message, and whether to send at the customer's best hour.
 */
public final class NextBestActionModel extends NodeEditorModel {

    /** One candidate being edited. */
    public static final class CandidateModel {
        private final String id;
        private final MessageModel message = new MessageModel(true);
        private final TypedInput<Double> value = TypedInput.number(0, Double.POSITIVE_INFINITY);
        private final TypedInput<Double> weight = TypedInput.number(0, Double.POSITIVE_INFINITY);

        CandidateModel(JourneyNode.Candidate candidate) {
            this.id = candidate.id();
            message.load(candidate.message());
            value.load(candidate.value());
            weight.load(candidate.weight());
        }

        public String id() {
            return id;
        }

        public MessageModel message() {
            return message;
        }

        public TypedInput<Double> value() {
            return value;
        }

        public TypedInput<Double> weight() {
            return weight;
        }
    }

    private final ObservableList<CandidateModel> candidates = FXCollections.observableArrayList();
    private final TypedInput<Double> fatiguePenalty = TypedInput.number(0, Double.POSITIVE_INFINITY);
    private final BooleanProperty bestHour = new SimpleBooleanProperty(this, "bestHour");

    public NextBestActionModel(JourneyNode.NextBestAction nba) {
        super(nba);
        nba.candidates().forEach(c -> candidates.add(new CandidateModel(c)));
        fatiguePenalty.load(nba.fatiguePenalty());
        bestHour.set(nba.sendAtBestHour());
    }

    public ObservableList<CandidateModel> candidates() {
        return candidates;
    }

    public TypedInput<Double> fatiguePenalty() {
        return fatiguePenalty;
    }

    public BooleanProperty bestHourProperty() {
        return bestHour;
    }

    /** Adds a web recommendation candidate worth 10 with a neutral weight, to be changed. */
    public CandidateModel addCandidate() {
        Set<String> used = new HashSet<>();
        candidates.forEach(c -> used.add(c.id()));
        int n = candidates.size() + 1;
        while (used.contains("candidate-" + n)) {
            n++;
        }
        CandidateModel candidate = new CandidateModel(new JourneyNode.Candidate("candidate-" + n,
                Message.of(JourneyChannel.WEB, MessageKind.RECOMMENDATION, "recommendation-" + n), 10, 1));
        candidates.add(candidate);
        return candidate;
    }

    public void remove(CandidateModel candidate) {
        candidates.remove(candidate);
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        Optional<Double> penalty = fatiguePenalty.read();
        boolean ok = t.isPresent() && penalty.isPresent();
        List<JourneyNode.Candidate> read = new ArrayList<>();
        for (CandidateModel candidate : candidates) {
            Optional<Message> m = candidate.message.read();
            Optional<Double> v = candidate.value.read();
            Optional<Double> w = candidate.weight.read();
            if (m.isPresent() && v.isPresent() && w.isPresent()) {
                read.add(new JourneyNode.Candidate(candidate.id, m.get(), v.get(), w.get()));
            } else {
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.NextBestAction(node.id(), t.get(), node.position(), read, penalty.get(),
                bestHour.get()));
    }
}
