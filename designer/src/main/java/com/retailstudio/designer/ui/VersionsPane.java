package com.retailstudio.designer.ui;

import com.retailstudio.designer.library.JourneyVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The open journey's history beside the inspector: what the draft changes against the newest version, then every
 * version (number, review state, author, time) with what it changed against the one before; each can be opened
 * read-only on the canvas or restored as the draft.
 */
final class VersionsPane extends ScrollPane {

    /** How many changes a version card lists before it says how many more there are. */
    static final int CHANGES_SHOWN = 6;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final JourneyVersionsModel model;
    private final VBox content = new VBox(10);
    private final ZoneId zone;

    VersionsPane(JourneyVersionsModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("journey-versions");
        getStyleClass().add("journey-versions");
        content.getStyleClass().add("journey-versions-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model.rows().addListener((ListChangeListener<VersionRow>) change -> rebuild());
        model.draftChanges().addListener((ListChangeListener<String>) change -> rebuild());
        model.viewedVersionProperty().addListener((observable, before, after) -> rebuild());
        model.comparedVersionProperty().addListener((observable, before, after) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().setAll(label("VERSIONS", "journey-step-summary-title"), draftCard());
        for (VersionRow row : model.rows()) {
            content.getChildren().add(versionCard(row));
        }
    }

    private VBox draftCard() {
        VBox card = card("journey-version-draft");
        JourneyVersion viewed = model.viewedVersionProperty().get();
        if (viewed == null) {
            card.getStyleClass().add("viewed");
        }
        Label title = label("Draft", "journey-version-number");
        HBox head = new HBox(8, title, grow());
        head.setAlignment(Pos.CENTER_LEFT);
        if (viewed != null || model.comparedVersionProperty().get() != null) {
            Button back = small("Show draft", Material2OutlinedMZ.VISIBILITY, model::viewDraft);
            back.setId("journey-version-show-draft");
            head.getChildren().add(back);
        }
        card.getChildren().add(head);
        List<VersionRow> versions = model.rows();
        if (versions.isEmpty()) {
            card.getChildren().add(label("Not frozen yet. Save version or Submit for review freezes it; "
                    + "edits are saved as you make them.", "journey-step-summary-hint"));
        } else if (model.draftChanges().isEmpty()) {
            card.getChildren().add(label("Same as version " + versions.get(0).number() + ".",
                    "journey-step-summary-hint"));
        } else {
            card.getChildren().add(label("Changes since version " + versions.get(0).number() + ":",
                    "journey-step-summary-meta"));
            changes(card, model.draftChanges());
        }
        return card;
    }

    private VBox versionCard(VersionRow row) {
        JourneyVersion version = row.version();
        VBox card = card("journey-version-" + row.number());
        JourneyVersion viewed = model.viewedVersionProperty().get();
        JourneyVersion compared = model.comparedVersionProperty().get();
        if (viewed != null && viewed.number() == row.number()
                || compared != null && compared.number() == row.number()) {
            card.getStyleClass().add("viewed");
        }
        Label number = label("Version " + row.number(), "journey-version-number");
        Label state = label(version.reviewState(), "journey-version-state");
        state.getStyleClass().add(version.reviewState().replace(' ', '-'));
        HBox head = new HBox(8, number, grow(), state);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(head, label(version.author() + " · " + TIME.format(version.savedAt().atZone(zone)),
                "journey-step-summary-meta"));
        if (row.first()) {
            card.getChildren().add(label("The first version.", "journey-step-summary-hint"));
        } else if (row.changes().isEmpty()) {
            card.getChildren().add(label("No changes against version " + (row.number() - 1) + ".",
                    "journey-step-summary-hint"));
        } else {
            changes(card, row.changes());
        }
        Button open = small("Open", Material2OutlinedMZ.VISIBILITY, () -> model.viewVersion(row.number()));
        open.setId("journey-version-open-" + row.number());
        Button restore = small("Restore as draft", Material2OutlinedMZ.RESTORE,
                () -> model.restoreAsDraft(row.number()));
        restore.setId("journey-version-restore-" + row.number());
        Button compare = small("Compare with draft", Material2OutlinedAL.COMPARE_ARROWS,
                () -> model.compareWithDraft(row.number()));
        compare.setId("journey-version-compare-" + row.number());
        FlowPane actions = new FlowPane(6, 4, open, compare, restore);
        card.getChildren().add(actions);
        return card;
    }

    private static void changes(VBox card, List<String> changes) {
        changes.stream().limit(CHANGES_SHOWN).forEach(text -> {
            Label line = label(text, "journey-step-summary-text");
            line.setGraphic(new FontIcon(Material2OutlinedAL.CHEVRON_RIGHT));
            card.getChildren().add(line);
        });
        if (changes.size() > CHANGES_SHOWN) {
            card.getChildren().add(label("and " + (changes.size() - CHANGES_SHOWN) + " more",
                    "journey-step-summary-hint"));
        }
    }

    private static VBox card(String id) {
        VBox card = new VBox(4);
        card.setId(id);
        card.getStyleClass().add("journey-version-card");
        return card;
    }

    private static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private static Button small(String text, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().addAll("small", "flat");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
