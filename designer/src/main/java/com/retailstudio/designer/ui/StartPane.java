package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.ui.feedback.FeedbackLabel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The section's empty state (its section frame shows it while no journey is open):
 * start from a template or a blank canvas.
 */
final class StartPane extends VBox {

    StartPane(JourneysViewModel model) {
        getStyleClass().add("journey-start");
        setId("journey-start");
        FontIcon icon = new FontIcon(Material2OutlinedAL.ACCOUNT_TREE);
        icon.getStyleClass().add("journey-start-icon");
        Label title = new Label("Start your first journey");
        title.getStyleClass().add("journey-start-title");
        Label text = new Label("Pick a template that already passes every check, or start from a blank canvas. "
                + "Every change is saved to the workspace as you make it. A journey file (.json) dropped here is "
                + "imported.");
        text.setWrapText(true);
        text.getStyleClass().add("journey-start-text");
        text.setMaxWidth(560);
        FlowPane choices = new FlowPane(12, 12);
        choices.setAlignment(Pos.CENTER);
        choices.setMaxWidth(720);
        for (Journey template : model.library().templates()) {
            choices.getChildren().add(choice(template.name(), template.nodes().size() + " steps · goal: "
                    + template.goal().event(),
                    "journey-start-" + template.id(), () -> model.library().newFromTemplate(template.id())));
        }
        choices.getChildren().add(choice("Blank journey", "Entry and exit, connected",
                "journey-start-blank", model.library()::newBlank));
        // The outcome of an import refused before any journey is open (the editor's toolbar is hidden then).
        FeedbackLabel message = JourneyMessageLine.of(model, "journey-start-message");
        message.setMaxWidth(720);
        getChildren().addAll(icon, title, text, message, choices);
        setAlignment(Pos.CENTER);
        setSpacing(12);
    }

    private static Button choice(String name, String meta, String id, Runnable action) {
        Label title = new Label(name);
        title.getStyleClass().add("template-title");
        Label detail = new Label(meta);
        detail.getStyleClass().add("template-meta");
        VBox box = new VBox(2, title, detail);
        Button button = new Button(null, box);
        button.setId(id);
        button.getStyleClass().add("journey-start-choice");
        button.setPrefWidth(232);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(e -> action.run());
        return button;
    }
}
