package com.retailstudio.app.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The output files of one job, each written to a temporary file beside its place and moved there only when every one
 * was written: a job that fails half-way leaves none of its files, old or new, half-replaced. Closing deletes what was
 * not published.
 */
final class StagedFiles implements AutoCloseable {

    /** Writes one file's content to the path it is given. */
    @FunctionalInterface
    interface Writer {
        void write(Path file) throws IOException;
    }

    /** A file that could not be written or moved into place. */
    static final class PublishException extends RuntimeException {
        private final String what;
        private final Path file;

        PublishException(String what, Path file, IOException cause) {
            super(cause);
            this.what = what;
            this.file = file;
        }

        String what() {
            return what;
        }

        Path file() {
            return file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private record Staged(String what, Path temporary, Path target) {
    }

    private final List<Staged> staged = new ArrayList<>();

    /** Writes the file's content to a temporary file beside {@code file}. */
    void write(String what, Path file, Writer writer) {
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        staged.add(new Staged(what, temporary, target));
        try {
            writer.write(temporary);
        } catch (IOException e) {
            throw new PublishException(what, file, e);
        }
    }

    /** Moves every staged file to its place, once none of the places is found to be a folder. */
    void publish() {
        for (Staged file : staged) {
            if (Files.isDirectory(file.target())) {
                throw new PublishException(file.what(), file.target(),
                        new FileSystemException(file.target().toString(), null, "it is a folder"));
            }
        }
        for (Staged file : List.copyOf(staged)) {
            try {
                try {
                    Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING);
                }
                staged.remove(file);
            } catch (IOException e) {
                throw new PublishException(file.what(), file.target(), e);
            }
        }
    }

    @Override
    public void close() {
        for (Staged file : staged) {
            try {
                Files.deleteIfExists(file.temporary());
            } catch (IOException e) {
                // a temporary file left behind is named as hidden and partial; nothing else depends on it
            }
        }
    }
}
