package com.retailstudio.markdown.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the section keeps the edited rule book (as JSON text) so it survives a restart; the application stores it in
 * its workspace.
 */
public interface RuleBookStore {

    Optional<String> read();

    void write(String json);

    /** A store over a getter and a setter of the JSON text. */
    static RuleBookStore of(Supplier<Optional<String>> read, Consumer<String> write) {
        return new RuleBookStore() {
            @Override
            public Optional<String> read() {
                return read.get();
            }

            @Override
            public void write(String json) {
                write.accept(json);
            }
        };
    }

    /** A store that forgets: the rules live as long as the view model. */
    static RuleBookStore inMemory() {
        String[] held = new String[1];
        return of(() -> Optional.ofNullable(held[0]), json -> held[0] = json);
    }
}
