package com.retailstudio.markdown.ui;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Markdowns section on a real stage, planning the bundled sample, for the section's TestFX tests. */
final class MarkdownSectionOnStage {

    private MarkdownSectionOnStage() {
    }

    /** The bundled sample in a new temporary folder. */
    static Path sample(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        BundledSample.extractTo(folder);
        return folder;
    }

    /**
     * A model following the sample, planning on the JavaFX thread (so the view shows the plan as soon as it is built),
     * and its view shown at 1280×800 in the light theme.
     */
    static MarkdownViewModel show(Stage stage, Path sample) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MarkdownViewModel model = MarkdownViewModel.following(new SimpleObjectProperty<>(sample.toString()), Path::of,
                new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(new MarkdownView(model), 1280, 800));
        stage.show();
        return model;
    }
}
