package com.retailstudio.designer.ui.properties;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The inspector for the journey as a whole: name and description, goal, entry trigger, audience, re-entry,
 * guardrails (frequency caps, quiet hours, consent per channel, holdout) and objective weights. Every valid edit is
 * passed to {@link #setOnChange} as a new journey with the same steps; an invalid one never is.
 */
public final class JourneySettingsPanel extends StackPane {
    private final JourneySettingsModel model;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private Consumer<Journey> onChange = journey -> { };

    public JourneySettingsPanel(FieldCatalogue catalogue) {
        this(catalogue, JourneyAudiences.none());
    }

    /** @param audiences the saved segments an audience may be taken from, and counting the entry's estimate */
    public JourneySettingsPanel(FieldCatalogue catalogue, JourneyAudiences audiences) {
        model = new JourneySettingsModel(catalogue, audiences);
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorForm.STYLESHEET);
        setId("journey-settings");
        content.getStyleClass().add("inspector-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().add(scroll);
        setMinWidth(0);
    }

    /** Shows a journey's settings. A journey equal to the one last committed keeps the panel as it is. */
    public void show(Journey journey) {
        if (model.keep(journey)) {
            return;
        }
        content.getChildren().clear();
        if (journey == null) {
            return;
        }
        model.show(journey);
        build();
        scroll.setVvalue(0);
    }

    /** Called with a new journey each time the user commits a valid change. */
    public void setOnChange(Consumer<Journey> replacement) {
        this.onChange = Objects.requireNonNull(replacement, "replacement");
    }

    JourneySettingsModel model() {
        return model;
    }

    private void commit() {
        model.commit().ifPresent(onChange);
    }

    private void build() {
        Runnable commit = this::commit;
        FontIcon icon = new FontIcon(Material2OutlinedMZ.TUNE);
        icon.getStyleClass().add("inspector-kind-icon");
        Label kind = new Label("Journey settings");
        kind.getStyleClass().add("inspector-kind");
        HBox header = new HBox(icon, kind);
        header.getStyleClass().add("inspector-header");

        TextArea description = InspectorForm.bind(new TextArea(), model.description(), "journey-description",
                "What the journey is for, in a sentence or two", commit);
        description.setWrapText(true);
        description.setPrefRowCount(3);

        content.getChildren().addAll(header,
                InspectorForm.labelled("Name", InspectorForm.input(model.name(), "journey-name", "Journey name",
                        commit)),
                InspectorForm.labelled("Description", InspectorForm.wrap(description, model.description())),
                goal(commit), ExitCriteriaSection.of(model.exitCriteria(), commit), entry(commit), audience(commit),
                reEntry(commit), caps(commit), quietHours(commit), consent(commit), holdout(commit),
                objectives(commit));
    }

    private VBox goal(Runnable commit) {
        ComboBox<String> event = InspectorForm.combo(model.goalEventProperty(), WaitModel.EVENTS, e -> e,
                "goal-event", commit);
        return InspectorForm.section("Goal",
                InspectorForm.pair(InspectorForm.labelled("Event", event),
                        InspectorForm.labelled("Within", InspectorForm.input(model.goalWindow(), "goal-window",
                                "e.g. 7 days", commit))),
                InspectorForm.hint("A customer converts by doing this within the window after entering."));
    }

    private VBox entry(Runnable commit) {
        ComboBox<JourneySettingsModel.EntryKind> kind = InspectorForm.combo(model.entryKindProperty(),
                List.of(JourneySettingsModel.EntryKind.values()), Object::toString, "entry-kind", commit);

        ComboBox<String> event = InspectorForm.combo(model.entryEventProperty(), WaitModel.EVENTS, e -> e,
                "entry-event", commit);
        VBox onEvent = new VBox(8, InspectorForm.labelled("Event", event),
                InspectorForm.labelled("Only when",
                        new ConditionGroupEditor(model.entryFilter(), "entry-filter", commit, null)));

        VBox onAudience = new VBox(8,
                InspectorForm.labelled("Audience name", InspectorForm.input(model.audienceName(), "audience-name",
                        "e.g. Lapsed VIPs", commit)),
                InspectorForm.labelled("Customers join when they match",
                        new ConditionGroupEditor(model.entryAudience(), "entry-audience", commit, null)));

        ComboBox<EntryTrigger.Repeat> repeat = InspectorForm.combo(model.scheduleRepeatProperty(),
                List.of(EntryTrigger.Repeat.values()), r -> r.json().substring(0, 1).toUpperCase() + r.json().substring(1),
                "schedule-repeat", commit);
        VBox onSchedule = new VBox(8,
                InspectorForm.pair(
                        InspectorForm.labelled("From", InspectorForm.input(model.scheduleStart(), "schedule-start",
                                "yyyy-mm-dd", commit)),
                        InspectorForm.labelled("At (customer time)", InspectorForm.input(model.scheduleAt(),
                                "schedule-at", "09:00", commit))),
                InspectorForm.labelled("Repeat", repeat),
                InspectorForm.hint("Everyone in the journey's audience enters at that time."));

        Runnable sync = () -> {
            JourneySettingsModel.EntryKind k = model.entryKindProperty().get();
            show(onEvent, k == JourneySettingsModel.EntryKind.EVENT);
            show(onAudience, k == JourneySettingsModel.EntryKind.AUDIENCE);
            show(onSchedule, k == JourneySettingsModel.EntryKind.SCHEDULE);
        };
        model.entryKindProperty().addListener((observable, before, after) -> sync.run());
        sync.run();
        return InspectorForm.section("Entry", InspectorForm.labelled("Customers enter", kind), onEvent, onAudience,
                onSchedule);
    }

    private static void show(VBox box, boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }

    private VBox audience(Runnable commit) {
        AudienceChoiceModel choice = model.audienceChoice();
        ComboBox<AudienceChoiceModel.Source> source = InspectorForm.combo(choice.sourceProperty(),
                List.of(AudienceChoiceModel.Source.values()), Object::toString, "audience-source", commit);
        ComboBox<SegmentVersion> segment = InspectorForm.combo(choice.segmentProperty(), choice.segments(),
                v -> v.segment().name() + " · v" + v.number(), "audience-segment", commit);
        Label conditions = InspectorForm.hint("");
        conditions.setId("audience-segment-conditions");
        conditions.textProperty().bind(choice.segmentProperty().map(v -> "Customers who match: "
                + v.segment().conditions().describe() + choice.newerVersion().map(newer -> " (version "
                + newer.number() + " is newer: choose it to use it)").orElse("")).orElse(""));
        VBox fromSegment = new VBox(8, InspectorForm.labelled("Segment", segment), conditions,
                InspectorForm.problem(choice.problemProperty()));
        VBox written = new VBox(8, InspectorForm.hint("Every customer who enters must match these."),
                new ConditionGroupEditor(model.audience(), "audience", commit, null));
        Runnable sync = () -> {
            show(fromSegment, choice.sourceProperty().get() == AudienceChoiceModel.Source.SEGMENT);
            show(written, choice.sourceProperty().get() == AudienceChoiceModel.Source.WRITTEN);
        };
        choice.sourceProperty().addListener((observable, before, after) -> sync.run());
        sync.run();
        VBox section = InspectorForm.section("Audience", InspectorForm.labelled("Who may enter", source), fromSegment,
                written);
        if (choice.estimates()) {
            Label estimate = InspectorForm.hint("");
            estimate.setId("audience-estimate");
            estimate.textProperty().bind(choice.estimateText());
            section.getChildren().add(estimate);
        }
        return section;
    }

    private VBox reEntry(Runnable commit) {
        CheckBox allowed = new CheckBox("Customers may enter again");
        allowed.setId("reentry-allowed");
        allowed.selectedProperty().bindBidirectional(model.reEntryAllowedProperty());
        HBox details = InspectorForm.pair(
                InspectorForm.labelled("Wait between entries", InspectorForm.input(model.reEntryCooldown(),
                        "reentry-cooldown", "e.g. 30 days", commit)),
                InspectorForm.labelled("At most, in all", InspectorForm.input(model.reEntryMax(), "reentry-max",
                        "e.g. 3", commit)));
        details.visibleProperty().bind(allowed.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        allowed.selectedProperty().addListener((observable, before, after) -> commit.run());
        return InspectorForm.section("Re-entry", allowed, details);
    }

    private VBox caps(Runnable commit) {
        VBox list = new VBox(6);
        List<Optional<JourneyChannel>> targets = new ArrayList<>();
        targets.add(Optional.empty());
        Arrays.stream(JourneyChannel.values()).map(Optional::of).forEach(targets::add);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < model.guardrails().caps().size(); i++) {
                GuardrailsModel.CapModel cap = model.guardrails().caps().get(i);
                String id = "cap-" + (i + 1);
                ComboBox<Optional<JourneyChannel>> channel = InspectorForm.combo(cap.channelProperty(), targets,
                        c -> c.map(JourneyChannel::label).orElse("All channels"), id + "-channel", commit);
                TextField max = InspectorForm.bind(new TextField(), cap.max(), id + "-max", "2", commit);
                max.setPrefColumnCount(3);
                max.setMaxWidth(52);
                TextField per = InspectorForm.bind(new TextField(), cap.window(), id + "-per", "1 week", commit);
                per.setPrefColumnCount(6);
                per.setMaxWidth(84);
                Label perLabel = new Label("per");
                perLabel.getStyleClass().add("inspector-field-label");
                max.setMinWidth(56);
                // The words keep their width; the period's field gives way in the narrow panel.
                perLabel.setMinWidth(Region.USE_PREF_SIZE);
                per.setMinWidth(64);
                per.setMaxWidth(120);
                var remove = InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this cap",
                        () -> model.guardrails().removeCap(cap));
                remove.setId(id + "-remove");
                Label atMost = new Label("At most");
                atMost.getStyleClass().add("inspector-field-label");
                atMost.setMinWidth(Region.USE_PREF_SIZE);
                HBox limit = new HBox(6, atMost, max, perLabel, per);
                limit.setAlignment(Pos.CENTER_LEFT);
                HBox row = InspectorForm.row(4, channel, remove);
                VBox card = new VBox(6, row, limit);
                card.getStyleClass().add("inspector-card");
                Label problems = InspectorForm.problem(Bindings.createStringBinding(
                        () -> String.join(" ", Stream.of(cap.max().problem(),
                                cap.window().problem()).filter(s -> !s.isEmpty()).toList()),
                        cap.max().problemProperty(), cap.window().problemProperty()));
                card.getChildren().add(problems);
                card.setId(id);
                list.getChildren().add(card);
            }
        };
        model.guardrails().caps().addListener((ListChangeListener<GuardrailsModel.CapModel>) change -> {
            rebuild.run();
            commit.run();
        });
        rebuild.run();
        return InspectorForm.section("Frequency caps",
                InspectorForm.hint("The most messages a customer gets on a channel, or on all channels together."),
                list, InspectorForm.problem(model.guardrails().capsProblemProperty()),
                InspectorForm.addButton("Cap", "add-cap", model.guardrails()::addCap));
    }

    private VBox quietHours(Runnable commit) {
        CheckBox on = new CheckBox("Hold messages during quiet hours");
        on.setId("quiet-on");
        on.setWrapText(true);
        on.selectedProperty().bindBidirectional(model.guardrails().quietHoursProperty());
        on.selectedProperty().addListener((observable, before, after) -> commit.run());
        FlowPane channels = new FlowPane(10, 6);
        for (JourneyChannel channel : JourneyChannel.values()) {
            CheckBox box = new CheckBox(channel.label());
            box.setId("quiet-" + channel.json());
            box.selectedProperty().bindBidirectional(model.guardrails().quietChannel(channel));
            box.selectedProperty().addListener((observable, before, after) -> commit.run());
            channels.getChildren().add(box);
        }
        VBox details = new VBox(8, InspectorForm.pair(
                InspectorForm.labelled("From", InspectorForm.input(model.guardrails().quietFrom(), "quiet-from", "21:00", commit)),
                InspectorForm.labelled("To", InspectorForm.input(model.guardrails().quietTo(), "quiet-to", "08:00", commit))),
                InspectorForm.labelled("On these channels", channels),
                InspectorForm.hint("In the customer's local time; held messages go out when the quiet hours end."));
        details.visibleProperty().bind(on.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        return InspectorForm.section("Quiet hours", on, details);
    }

    private VBox consent(Runnable commit) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<ConsentPurpose> purposes = new ArrayList<>();
        purposes.add(null);
        purposes.addAll(List.of(ConsentPurpose.values()));
        int row = 0;
        for (JourneyChannel channel : JourneyChannel.values()) {
            addConsentRow(grid, row++, channel.label(), model.guardrails().consent(channel), purposes, "consent-" + channel.json(),
                    commit);
        }
        addConsentRow(grid, row, "Personal offers", model.guardrails().promotionConsentProperty(), purposes, "consent-promotions",
                commit);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(84);
        labels.setMaxWidth(84);
        ColumnConstraints combos = new ColumnConstraints();
        combos.setHgrow(Priority.ALWAYS);
        combos.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, combos);
        return InspectorForm.section("Consent", InspectorForm.hint("The consent each channel checks before it "
                + "addresses a customer."), grid);
    }

    private static void addConsentRow(GridPane grid, int row, String label, ObjectProperty<ConsentPurpose> property,
            List<ConsentPurpose> purposes, String id, Runnable commit) {
        Label text = new Label(label);
        text.getStyleClass().add("inspector-field-label");
        text.setWrapText(true);
        ComboBox<ConsentPurpose> combo = InspectorForm.combo(property, purposes,
                p -> p == null ? "None" : p.csv(), id, commit);
        // "None" is the empty choice: shown as the prompt when nothing is chosen, and as a row of the list.
        combo.setPromptText("None");
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConsentPurpose item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "None" : item.csv());
            }
        });
        grid.add(text, 0, row);
        grid.add(combo, 1, row);
        GridPane.setValignment(text, VPos.CENTER);
    }

    private VBox holdout(Runnable commit) {
        TextField percent = InspectorForm.bind(new TextField(), model.guardrails().holdout(), "holdout", "10", commit);
        percent.setMaxWidth(72);
        percent.setMinWidth(64);
        percent.setPrefWidth(64);
        percent.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(6, percent, new Label("% of customers get nothing, as a control group"));
        row.setAlignment(Pos.CENTER_LEFT);
        ((Label) row.getChildren().get(1)).setWrapText(true);
        return InspectorForm.section("Holdout", InspectorForm.wrap(row, model.guardrails().holdout()));
    }

    private VBox objectives(Runnable commit) {
        return InspectorForm.section("Objective weights",
                InspectorForm.pair(
                        InspectorForm.labelled("Conversion", InspectorForm.input(model.conversions(),
                                "objective-conversions", "1", commit)),
                        InspectorForm.labelled("Revenue", InspectorForm.input(model.revenue(), "objective-revenue",
                                "0", commit))),
                InspectorForm.pair(
                        InspectorForm.labelled("Margin", InspectorForm.input(model.margin(), "objective-margin",
                                "0.01", commit)),
                        InspectorForm.labelled("Fatigue", InspectorForm.input(model.fatigue(),
                                "objective-fatigue", "0.05", commit))),
                InspectorForm.hint("How outcomes weigh against each other when journeys and actions are compared; "
                        + "fatigue counts per message sent."));
    }
}
