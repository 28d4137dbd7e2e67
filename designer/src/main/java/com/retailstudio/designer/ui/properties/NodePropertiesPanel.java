package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The inspector for the selected step: typed editors for its kind, each problem shown beside its field. Every valid
 * edit (a field losing focus or Enter, a choice changed) is passed to {@link #setOnChange} as a new immutable step;
 * an invalid one never is.
 */
public final class NodePropertiesPanel extends StackPane {
    private final NodePropertiesModel model;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox empty;
    private Consumer<JourneyNode> onChange = node -> { };

    public NodePropertiesPanel(FieldCatalogue catalogue) {
        model = new NodePropertiesModel(catalogue);
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorForm.STYLESHEET);
        setId("node-properties");
        content.getStyleClass().add("inspector-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        FontIcon pointer = new FontIcon(Material2OutlinedMZ.TOUCH_APP);
        pointer.getStyleClass().add("inspector-empty-icon");
        Label hint = new Label("Select a step on the canvas to see and change its settings.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setId("node-properties-hint");
        empty = new VBox(pointer, hint);
        empty.getStyleClass().add("inspector-empty");
        empty.setId("node-properties-empty");
        getChildren().addAll(scroll, empty);
        setMinWidth(0);
        show(null, null);
    }

    /** Shows a step of the journey; null shows a short hint to select one. */
    public void show(Journey journey, JourneyNode node) {
        if (model.keep(journey, node)) {
            return;
        }
        model.show(journey, node);
        empty.setVisible(node == null);
        scroll.setVisible(node != null);
        content.getChildren().clear();
        if (node != null) {
            build(model.editorProperty().get());
            scroll.setVvalue(0);
        }
    }

    /** Called with a new step each time the user commits a valid change. */
    public void setOnChange(Consumer<JourneyNode> replacement) {
        this.onChange = Objects.requireNonNull(replacement, "replacement");
    }

    NodePropertiesModel model() {
        return model;
    }

    private void commit() {
        model.commit().ifPresent(onChange);
    }

    private void build(NodeEditorModel editor) {
        Runnable commit = this::commit;
        JourneyNode node = editor.current();
        FontIcon icon = new FontIcon(icon(node));
        icon.getStyleClass().add("inspector-kind-icon");
        Label kind = new Label(NodeEditorModel.kindName(node));
        kind.getStyleClass().add("inspector-kind");
        Label id = new Label(node.id());
        id.getStyleClass().add("inspector-id");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(icon, kind, gap, id);
        header.getStyleClass().add("inspector-header");
        content.getChildren().addAll(header, InspectorForm.labelled("Name",
                InspectorForm.input(editor.title(), "node-title", "What the step is for", commit)));

        if (editor instanceof WaitModel wait) {
            content.getChildren().add(WaitSection.of(wait, commit));
        } else if (editor instanceof ConditionSplitModel split) {
            content.getChildren().add(branchesSection(split, commit));
        } else if (editor instanceof RandomSplitModel split) {
            content.getChildren().addAll(pathsSection(split, commit), ExperimentSection.of(split.experiment(), commit));
        } else if (editor instanceof ActionModel action) {
            CheckBox bestHour = new CheckBox("Send at the customer's best hour");
            bestHour.setId("action-best-hour");
            bestHour.selectedProperty().bindBidirectional(action.sendAtBestHourProperty());
            bestHour.selectedProperty().addListener((observable, before, after) -> commit.run());
            content.getChildren().add(InspectorForm.section("Message",
                    new MessageEditor(action.message(), "message", commit), bestHour, InspectorForm.hint(
                            "At the best hour, the send waits for the local hour at which the customer responds "
                                    + "most (fitted from the data), outside quiet hours.")));
        } else if (editor instanceof NextBestActionModel nba) {
            content.getChildren().addAll(candidatesSection(nba, commit), arbitrationSection(nba, commit));
        } else if (node instanceof JourneyNode.Entry) {
            Journey journey = model.journey();
            content.getChildren().add(InspectorForm.section("Entry", InspectorForm.hint(
                    (journey == null ? "" : journey.entry().describe() + ". ")
                            + "Change the trigger in the journey settings.")));
        } else {
            content.getChildren().add(InspectorForm.section("Exit",
                    InspectorForm.hint("Customers who reach this step leave the journey.")));
        }
    }

    private static Ikon icon(JourneyNode node) {
        if (node instanceof JourneyNode.Entry) {
            return Material2OutlinedAL.LOGIN;
        } else if (node instanceof JourneyNode.Wait) {
            return Material2OutlinedAL.HOURGLASS_EMPTY;
        } else if (node instanceof JourneyNode.ConditionSplit) {
            return Material2OutlinedAL.CALL_SPLIT;
        } else if (node instanceof JourneyNode.RandomSplit) {
            return Material2OutlinedMZ.SHUFFLE;
        } else if (node instanceof JourneyNode.Action) {
            return Material2OutlinedMZ.SEND;
        } else if (node instanceof JourneyNode.NextBestAction) {
            return Material2OutlinedMZ.STARS;
        }
        return Material2OutlinedAL.FLAG;
    }

    private static VBox branchesSection(ConditionSplitModel split, Runnable commit) {
        VBox list = new VBox(8);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < split.branches().size(); i++) {
                list.getChildren().add(branchCard(split, split.branches().get(i), i, commit));
            }
            VBox otherwise = new VBox(InspectorForm.row(6, badged("Else", "Everyone else")));
            otherwise.getStyleClass().addAll("inspector-card", "inspector-card-muted");
            otherwise.setId("branch-else");
            list.getChildren().add(otherwise);
        };
        split.branches().addListener((ListChangeListener<ConditionSplitModel.BranchModel>) change -> {
            rebuild.run();
            commit.run();
        });
        rebuild.run();
        return InspectorForm.section("Branches",
                InspectorForm.hint("Customers take the first branch whose conditions they match."),
                list, InspectorForm.addButton("Branch", "add-branch", split::addBranch));
    }

    private static Node badged(String badge, String text) {
        Label b = new Label(badge);
        b.getStyleClass().add("inspector-badge");
        Label t = new Label(text);
        t.getStyleClass().add("inspector-id");
        HBox row = new HBox(8, b, t);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox branchCard(ConditionSplitModel split, ConditionSplitModel.BranchModel branch, int index,
            Runnable commit) {
        String id = "branch-" + (index + 1);
        Label number = new Label(String.valueOf(index + 1));
        number.getStyleClass().add("inspector-badge");
        TextField label = InspectorForm.bind(new TextField(), branch.label(), id + "-label", "Branch name", commit);
        var up = InspectorForm.iconButton(Material2AL.ARROW_UPWARD, "Move up: checked earlier",
                () -> split.move(branch, -1));
        var down = InspectorForm.iconButton(Material2AL.ARROW_DOWNWARD, "Move down: checked later",
                () -> split.move(branch, +1));
        up.setDisable(index == 0);
        down.setDisable(index == split.branches().size() - 1);
        up.setId(id + "-up");
        down.setId(id + "-down");
        var remove = InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this branch",
                () -> split.remove(branch));
        remove.setId(id + "-remove");
        HBox top = new HBox(4, number, label, up, down, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        VBox card = new VBox(top, new ConditionGroupEditor(branch.condition(), id + "-condition", commit, null));
        card.getStyleClass().add("inspector-card");
        card.setId(id);
        return card;
    }

    private static VBox pathsSection(RandomSplitModel split, Runnable commit) {
        VBox list = new VBox(6);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < split.paths().size(); i++) {
                RandomSplitModel.PathModel path = split.paths().get(i);
                String id = "path-" + (i + 1);
                TextField label = InspectorForm.bind(new TextField(), path.label(), id + "-label", "Path name",
                        commit);
                TextField weight = InspectorForm.bind(new TextField(), path.weight(), id + "-weight", "0", commit);
                weight.setPrefColumnCount(4);
                weight.setMaxWidth(72);
                weight.setAlignment(Pos.CENTER_RIGHT);
                Label percent = new Label("%");
                var remove = InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this path",
                        () -> split.remove(path));
                remove.setId(id + "-remove");
                HBox row = InspectorForm.row(6, label, weight, percent, remove);
                Label problems = InspectorForm.problem(Bindings.createStringBinding(
                        () -> String.join(" ", Stream.of(path.label().problem(),
                                path.weight().problem()).filter(s -> !s.isEmpty()).toList()),
                        path.label().problemProperty(), path.weight().problemProperty()));
                list.getChildren().add(new VBox(2, row, problems));
            }
        };
        split.paths().addListener((ListChangeListener<RandomSplitModel.PathModel>) change -> {
            if (change.next() && (change.wasAdded() || change.wasRemoved()) && !change.wasUpdated()) {
                rebuild.run();
                commit.run();
            }
        });
        rebuild.run();
        Label total = new Label();
        total.setId("paths-total");
        total.textProperty().bind(split.totalProperty());
        total.getStyleClass().add("inspector-total");
        Runnable colour = () -> {
            boolean ok = split.totalProblemProperty().get().isEmpty() && !split.totalProperty().get().endsWith("—");
            Styles.addStyleClass(total, ok ? "inspector-total-ok" : "inspector-total-bad",
                    ok ? "inspector-total-bad" : "inspector-total-ok");
        };
        split.totalProblemProperty().addListener((observable, before, after) -> colour.run());
        split.totalProperty().addListener((observable, before, after) -> colour.run());
        colour.run();
        Label problem = InspectorForm.problem(split.totalProblemProperty());
        problem.setId("paths-total-problem");
        HBox footer = InspectorForm.row(6, InspectorForm.addButton("Path", "add-path", split::addPath), total);
        return InspectorForm.section("Paths",
                InspectorForm.hint("Each customer takes one path at random; the weights must total 100 %."),
                list, footer, problem);
    }

    private static VBox candidatesSection(NextBestActionModel nba, Runnable commit) {
        VBox list = new VBox(8);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < nba.candidates().size(); i++) {
                NextBestActionModel.CandidateModel candidate = nba.candidates().get(i);
                String id = "candidate-" + (i + 1);
                Label name = new Label(candidate.id());
                name.getStyleClass().add("inspector-badge");
                var remove = InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this candidate",
                        () -> nba.remove(candidate));
                remove.setId(id + "-remove");
                Region gap = new Region();
                HBox top = InspectorForm.row(6, gap, remove);
                top.getChildren().add(0, name);
                VBox card = new VBox(top, new MessageEditor(candidate.message(), id, commit),
                        InspectorForm.pair(
                                InspectorForm.labelled("Value", InspectorForm.input(candidate.value(), id + "-value",
                                        "e.g. 40", commit)),
                                InspectorForm.labelled("Weight", InspectorForm.input(candidate.weight(),
                                        id + "-weight", "1 = neutral", commit))));
                card.getStyleClass().add("inspector-card");
                card.setId(id);
                list.getChildren().add(card);
            }
        };
        nba.candidates().addListener((ListChangeListener<NextBestActionModel.CandidateModel>) change -> {
            rebuild.run();
            commit.run();
        });
        rebuild.run();
        return InspectorForm.section("Candidates",
                InspectorForm.hint("For each customer the candidate with the best score is sent: propensity × value "
                        + "× weight, less the fatigue penalty."),
                list, InspectorForm.addButton("Candidate", "add-candidate", nba::addCandidate));
    }

    private static VBox arbitrationSection(NextBestActionModel nba, Runnable commit) {
        CheckBox bestHour = new CheckBox("Send at each customer's best hour");
        bestHour.setId("nba-best-hour");
        bestHour.selectedProperty().bindBidirectional(nba.bestHourProperty());
        bestHour.selectedProperty().addListener((observable, before, after) -> commit.run());
        return InspectorForm.section("Arbitration",
                InspectorForm.labelled("Fatigue penalty per recent message",
                        InspectorForm.input(nba.fatiguePenalty(), "nba-fatigue", "e.g. 2", commit)),
                bestHour);
    }
}
