package com.retailstudio.data.generate;

/** Thrown by the generator when its progress callback asked it to stop; nothing was left on disk. */
public final class GenerationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GenerationCancelledException() {
        super("Data generation was cancelled; no output was written");
    }
}
