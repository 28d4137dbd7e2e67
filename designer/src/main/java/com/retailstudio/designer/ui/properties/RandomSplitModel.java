package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.NumberText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A Random split (A/B/n test): paths with weights in percent. The total is shown live as weights are typed and a
 * split is only saved when its weights add up to exactly 100 %.
 */
public final class RandomSplitModel extends NodeEditorModel {
    private static final double TOLERANCE = 1e-6;

    /** One path being edited. */
    public static final class PathModel {
        private final String id;
        private final TypedInput<String> label = TypedInput.required("path a name");
        private final TypedInput<Double> weight = TypedInput.number(0, 100);

        PathModel(String id, String label, double weight) {
            this.id = id;
            this.label.load(label);
            this.weight.load(weight);
        }

        public String id() {
            return id;
        }

        public TypedInput<String> label() {
            return label;
        }

        public TypedInput<Double> weight() {
            return weight;
        }
    }

    // Paths expose their text as an extractor so the total follows every keystroke.
    private final ObservableList<PathModel> paths = FXCollections.observableArrayList(
            p -> new Observable[] {p.weight.textProperty()});
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper totalProblem = new ReadOnlyStringWrapper(this, "totalProblem", "");
    private final ExperimentModel experiment;

    public RandomSplitModel(JourneyNode.RandomSplit split) {
        super(split);
        experiment = new ExperimentModel(split.experiment());
        for (JourneyNode.Path path : split.paths()) {
            paths.add(new PathModel(path.id(), path.label(), path.weight()));
        }
        paths.addListener((ListChangeListener<PathModel>) change -> updateTotal());
        updateTotal();
    }

    /** Whether the split is an experiment, and its rule. */
    public ExperimentModel experiment() {
        return experiment;
    }

    public ObservableList<PathModel> paths() {
        return paths;
    }

    /** e.g. "Total 100 %", or "Total —" while a weight is not a number. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Why the weights cannot be saved as a whole, e.g. they add up to 90 %; empty when they add up to 100 %. */
    public ReadOnlyStringProperty totalProblemProperty() {
        return totalProblem.getReadOnlyProperty();
    }

    private OptionalDoubleSum sum() {
        double sum = 0;
        for (PathModel path : paths) {
            TypedInput.Reading<Double> w = TypedInput.readNumber(path.weight.textProperty().get(), 0, 100);
            if (w.value().isEmpty()) {
                return new OptionalDoubleSum(false, 0);
            }
            sum += w.value().get();
        }
        return new OptionalDoubleSum(true, sum);
    }

    private record OptionalDoubleSum(boolean known, double sum) {
    }

    private void updateTotal() {
        OptionalDoubleSum s = sum();
        total.set(s.known() ? "Total " + NumberText.format(Math.round(s.sum() * 1000) / 1000.0) + " %" : "Total —");
        if (s.known() && Math.abs(s.sum() - 100) <= TOLERANCE) {
            totalProblem.set("");
        } else if (s.known()) {
            totalProblem.set("The weights add up to " + NumberText.format(Math.round(s.sum() * 1000) / 1000.0)
                    + " %; they must total 100 %.");
        }
    }

    /** Adds a path with weight 0, so the total stays as it was; give it a share from the others. */
    public PathModel addPath() {
        Set<String> used = new HashSet<>();
        paths.forEach(p -> used.add(p.id()));
        char letter = 'a';
        while (used.contains(String.valueOf(letter)) && letter < 'z') {
            letter++;
        }
        String id = used.contains(String.valueOf(letter)) ? "path-" + (paths.size() + 1) : String.valueOf(letter);
        PathModel path = new PathModel(id, id.length() == 1 ? id.toUpperCase(Locale.ROOT) : id, 0);
        paths.add(path);
        return path;
    }

    public void remove(PathModel path) {
        paths.remove(path);
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        boolean ok = t.isPresent();
        List<JourneyNode.Path> read = new ArrayList<>();
        for (PathModel path : paths) {
            Optional<String> label = path.label.read();
            Optional<Double> weight = path.weight.read();
            if (label.isPresent() && weight.isPresent()) {
                read.add(new JourneyNode.Path(path.id, label.get(), weight.get()));
            } else {
                ok = false;
            }
        }
        updateTotal();
        if (paths.isEmpty()) {
            totalProblem.set("Add at least two paths, e.g. A and B.");
            ok = false;
        } else if (!totalProblem.get().isEmpty()) {
            ok = false;
        }
        Optional<Optional<Experiment>> rule = experiment.read();
        if (!ok || rule.isEmpty()) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.RandomSplit(node.id(), t.get(), node.position(), read, rule.get()));
    }
}
