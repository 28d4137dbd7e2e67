package com.retailstudio.app.export;

import java.io.IOException;
import java.util.List;

/** A bundle whose structure is refused before its contents are read; each problem is one sentence. */
final class BundleReadException extends IOException {

    private final List<String> problems;

    BundleReadException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
