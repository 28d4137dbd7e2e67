package com.retailstudio.app.ui.shell;

import java.util.Optional;

/** Where the shell keeps what it remembers between runs (window size, last section, theme). */
public interface ShellSettings {

    Optional<String> get(String key);

    void put(String key, String value);
}
