package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Experiment;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The experiment rule of a random split being edited: none (a plain split), a fixed horizon, or pick the winner
 * after a number of days at a significance level.
 */
public final class ExperimentModel {
    /** What the split is, as the inspector offers it. */
    public enum Mode {
        PLAIN("Plain random split"), FIXED_HORIZON("Experiment: compare at the end"),
        PICK_WINNER("Experiment: pick the winner");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.PLAIN);
    private final TypedInput<Integer> days = TypedInput.whole(1, Experiment.MAX_DAYS);
    private final TypedInput<Double> alpha = TypedInput.number(0.001, 0.2);

    ExperimentModel(Optional<Experiment> experiment) {
        mode.set(experiment.map(e -> e.decision() == Experiment.Decision.PICK_WINNER ? Mode.PICK_WINNER
                : Mode.FIXED_HORIZON).orElse(Mode.PLAIN));
        days.load(experiment.filter(e -> e.decideAfterDays() > 0).map(Experiment::decideAfterDays).orElse(14));
        alpha.load(experiment.map(Experiment::alpha).orElse(Experiment.DEFAULT_ALPHA));
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Days from the journey's start to the decision. */
    public TypedInput<Integer> days() {
        return days;
    }

    /** The significance level of the pairwise tests. */
    public TypedInput<Double> alpha() {
        return alpha;
    }

    /** Whether the days box applies (a winner rule). */
    public BooleanBinding picksWinner() {
        return Bindings.createBooleanBinding(() -> mode.get() == Mode.PICK_WINNER, mode);
    }

    /** The rule as typed, empty inside when the split is plain; the outer empty while a box does not read. */
    Optional<Optional<Experiment>> read() {
        if (mode.get() == Mode.PLAIN) {
            return Optional.of(Optional.empty());
        }
        Optional<Double> a = alpha.read();
        if (mode.get() == Mode.FIXED_HORIZON) {
            return a.map(x -> Optional.of(Experiment.fixedHorizon(x)));
        }
        Optional<Integer> d = days.read();
        if (a.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(Experiment.pickWinner(d.get(), a.get())));
    }
}
