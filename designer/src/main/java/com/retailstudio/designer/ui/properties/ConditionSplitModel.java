package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.JourneyNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A Condition split: ordered branches, each a name and a condition group; the first that matches wins and
 * {@code else} (implied, never edited) takes the rest. Branches keep their ids, so connections stay attached.
 */
public final class ConditionSplitModel extends NodeEditorModel {

    /** One branch being edited. */
    public static final class BranchModel {
        private final String id;
        private final TypedInput<String> label = TypedInput.optionalText();
        private final ConditionGroupModel condition;

        BranchModel(String id, String label, ConditionGroupModel condition) {
            this.id = id;
            this.label.load(label);
            this.condition = condition;
        }

        /** The port the branch's connection leaves from. */
        public String id() {
            return id;
        }

        public TypedInput<String> label() {
            return label;
        }

        public ConditionGroupModel condition() {
            return condition;
        }
    }

    private final FieldChoices choices;
    private final ObservableList<BranchModel> branches = FXCollections.observableArrayList();

    public ConditionSplitModel(JourneyNode.ConditionSplit split, FieldChoices choices) {
        super(split);
        this.choices = choices;
        for (JourneyNode.Branch branch : split.branches()) {
            branches.add(new BranchModel(branch.id(), branch.label(), ConditionGroupModel.of(choices,
                    branch.condition())));
        }
    }

    public ObservableList<BranchModel> branches() {
        return branches;
    }

    /** Adds a branch at the end (before the implied else) with one condition to fill in. */
    public BranchModel addBranch() {
        Set<String> used = new HashSet<>();
        branches.forEach(b -> used.add(b.id()));
        used.add(JourneyNode.ELSE);
        int n = branches.size() + 1;
        while (used.contains("branch-" + n)) {
            n++;
        }
        ConditionGroupModel condition = new ConditionGroupModel(choices);
        condition.addComparison();
        BranchModel branch = new BranchModel("branch-" + n, "Branch " + n, condition);
        branches.add(branch);
        return branch;
    }

    public void remove(BranchModel branch) {
        branches.remove(branch);
    }

    /** Moves a branch one place earlier ({@code -1}) or later ({@code +1}); order decides which branch wins. */
    public void move(BranchModel branch, int by) {
        int from = branches.indexOf(branch);
        int to = from + by;
        if (from < 0 || to < 0 || to >= branches.size()) {
            return;
        }
        // One change, so listeners never see the split with the branch missing.
        List<BranchModel> reordered = new ArrayList<>(branches);
        reordered.remove(from);
        reordered.add(to, branch);
        branches.setAll(reordered);
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        boolean ok = t.isPresent();
        List<JourneyNode.Branch> read = new ArrayList<>();
        for (BranchModel branch : branches) {
            Optional<String> label = branch.label.read();
            Optional<Condition.Group> condition = branch.condition.read();
            if (label.isPresent() && condition.isPresent()) {
                read.add(new JourneyNode.Branch(branch.id, label.get(), condition.get()));
            } else {
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.ConditionSplit(node.id(), t.get(), node.position(), read));
    }
}
