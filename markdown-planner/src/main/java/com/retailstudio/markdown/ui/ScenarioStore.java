package com.retailstudio.markdown.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Where the section keeps its named scenarios (each as scenario JSON, {@code ScenarioJson}) so they survive a
 * restart; the application stores each as a workspace document.
 */
public interface ScenarioStore {

    /** The latest JSON of every saved scenario. */
    List<String> list();

    /** Saves a scenario under its name (a new version when the name exists). */
    void save(String name, String json);

    static ScenarioStore of(Supplier<List<String>> list, BiConsumer<String, String> save) {
        return new ScenarioStore() {
            @Override
            public List<String> list() {
                return list.get();
            }

            @Override
            public void save(String name, String json) {
                save.accept(name, json);
            }
        };
    }

    /** A store that forgets: scenarios live as long as the view model. */
    static ScenarioStore inMemory() {
        Map<String, String> held = new LinkedHashMap<>();
        return of(() -> new ArrayList<>(held.values()), held::put);
    }
}
