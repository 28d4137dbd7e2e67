package com.retailstudio.ui.choice;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

/**
 * A multi-select filter as a ControlsFX {@link CheckComboBox} whose checked items are a view-model's list, kept in
 * step both ways (the view-model's list stays the truth: items it no longer offers are dropped, checks it sets show).
 * With nothing checked the box reads as the filter's "everything", e.g. "Anyone".
 */
public final class CheckChoices {

    private CheckChoices() {
    }

    /**
     * @param items    what can be chosen (the box follows its changes)
     * @param chosen   what is chosen, in the view-model
     * @param noneText what the box reads when nothing is chosen
     */
    public static <T> CheckComboBox<T> bound(String id, ObservableList<T> items, ObservableList<T> chosen,
                                             String noneText) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setId(id);
        boolean[] pulling = {false};
        Runnable pull = () -> {
            pulling[0] = true;
            try {
                IndexedCheckModel<T> checks = box.getCheckModel();
                for (T item : List.copyOf(items)) {
                    if (chosen.contains(item) != checks.isChecked(item)) {
                        if (chosen.contains(item)) {
                            checks.check(item);
                        } else {
                            checks.clearCheck(item);
                        }
                    }
                }
            } finally {
                pulling[0] = false;
            }
        };
        box.getCheckModel().getCheckedIndices().addListener((ListChangeListener<Integer>) change -> {
            if (!pulling[0]) {
                // read item by item: while a check is cleared, the model's list of checked items can hold a null
                chosen.setAll(items.stream().filter(box.getCheckModel()::isChecked).toList());
            }
        });
        chosen.addListener((ListChangeListener<T>) change -> pull.run());
        items.addListener((ListChangeListener<T>) change -> pull.run());
        // On the check model's own list, bound before the skin listens to it: the skin reads the title only when
        // the checks change, and this binding must be invalid by then.
        box.titleProperty().bind(Bindings.when(Bindings.isEmpty(box.getCheckModel().getCheckedIndices()))
                .then(noneText).otherwise((String) null));
        pull.run();
        return box;
    }
}
