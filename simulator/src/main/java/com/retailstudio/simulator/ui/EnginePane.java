package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the Simulation section chooses its engine: the desktop engine, or Apache Spark with a master ({@code local[2]}
 * on this machine, {@code spark://HOST:7077} for a cluster), and why a Spark run cannot start when it cannot.
 */
final class EnginePane extends VBox {

    EnginePane(EngineChoice engines) {
        super(8);
        Label title = new Label("ENGINE");
        title.getStyleClass().add("simulation-side-title");

        ToggleGroup group = new ToggleGroup();
        ToggleButton desktop = engineButton("Desktop", EngineChoice.Engine.DESKTOP, group, Styles.LEFT_PILL,
                "Simulate in this application's own process.");
        desktop.setId("simulation-engine-desktop");
        ToggleButton spark = engineButton("Spark", EngineChoice.Engine.SPARK, group, Styles.RIGHT_PILL,
                "Simulate in Apache Spark tasks, in a process of its own, with the same results as the desktop.");
        spark.setId("simulation-engine-spark");
        group.selectToggle(engines.engineProperty().get() == EngineChoice.Engine.SPARK ? spark : desktop);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                group.selectToggle(before); // one engine is always chosen
            } else {
                engines.engineProperty().set((EngineChoice.Engine) now.getUserData());
            }
        });
        HBox toggle = new HBox(desktop, spark);

        TextField master = new TextField();
        master.setId("simulation-spark-master");
        master.setPromptText("local[2] or spark://HOST:7077");
        master.textProperty().bindBidirectional(engines.masterProperty());
        master.setTooltip(new Tooltip("The Spark master: local[N] runs on N cores of this machine, "
                + "spark://HOST:7077 on a standalone cluster (docs/simulator-spark.md)."));
        master.visibleProperty().bind(engines.engineProperty().isEqualTo(EngineChoice.Engine.SPARK));
        master.managedProperty().bind(master.visibleProperty());

        Label problem = new Label();
        problem.setId("simulation-engine-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll("simulation-hint", Styles.DANGER);
        problem.textProperty().bind(engines.problemProperty());
        problem.visibleProperty().bind(engines.readyProperty().not());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(title, toggle, master, problem);
    }

    /**
     * A tab's note that it runs on the desktop engine, shown only while Spark is chosen
     * ({@link EngineChoice#desktopOnlyProperty()}).
     */
    static Label desktopOnlyNote(EngineChoice engines, String id) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("simulation-hint", Styles.WARNING);
        note.textProperty().bind(engines.desktopOnlyProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private static ToggleButton engineButton(String text, EngineChoice.Engine engine, ToggleGroup group, String pill,
            String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(engine);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
