package com.retailstudio.app.ui.data.explorer;

import atlantafx.base.theme.Styles;
import com.retailstudio.data.io.DataFile;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** What every explorer tab starts with: a choice of the data set's file and the tab's status line. */
final class FileChoice {

    private FileChoice() {
    }

    static ComboBox<DataFile> combo(String id, ObjectProperty<DataFile> file) {
        ComboBox<DataFile> files = new ComboBox<>();
        files.getItems().setAll(DataFile.values());
        files.setId(id);
        files.setConverter(converter(DataFile::fileName, text -> DataFile.byFileName(text).orElse(null)));
        files.valueProperty().bindBidirectional(file);
        return files;
    }

    /** Shows a choice by {@code name}; an empty choice as nothing. */
    static <T> StringConverter<T> converter(Function<T, String> name, Function<String, T> named) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return named.apply(text);
            }
        };
    }

    static Label status(String id, ReadOnlyStringProperty message) {
        Label status = new Label();
        status.setId(id);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(message);
        status.setWrapText(true);
        return status;
    }

    static HBox bar(Node... nodes) {
        HBox bar = new HBox(10, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        return bar;
    }
}
