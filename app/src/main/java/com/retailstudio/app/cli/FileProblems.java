package com.retailstudio.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file that could not be read or written, said in one sentence: the JDK's own messages are often only the path
 * ("Could not write the report …/o3/cyc.json: o3/cyc.json").
 */
final class FileProblems {

    private FileProblems() {
    }

    /** "Could not write the report /x/o3/cyc.json: the folder /x/o3 does not exist." */
    static CommandFailure cannotWrite(String what, Path file, IOException e) {
        Path absolute = file.toAbsolutePath();
        return new CommandFailure("Could not write " + what + " " + absolute + ": " + reason(absolute, e, true) + ".",
                e);
    }

    /** "Cannot read /x/j.json: the byte 0xFF at line 3, column 7 (byte offset 41) is not UTF-8 text; …." */
    static CommandFailure cannotRead(Path file, IOException e) {
        Path absolute = file.toAbsolutePath();
        return new CommandFailure("Cannot read " + absolute + ": " + reason(absolute, e, false) + ".", e);
    }

    private static String reason(Path file, IOException e, boolean writing) {
        Path folder = file.getParent();
        if (e instanceof NoSuchFileException) {
            if (folder != null && !Files.isDirectory(folder)) {
                return "the folder " + folder + " does not exist" + (writing ? "; create it first" : "");
            }
            return "there is no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
