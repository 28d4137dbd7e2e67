package com.retailstudio.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The one way views ask the user something (a file to open or save, a comment, a confirmation, a password), so a
 * section is handed one and tests can stand in for the user.
 */
public interface DialogService {

    /** Asks for a folder; empty when the user cancels (and from a dialog service that asks nothing). */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /**
     * Asks for a comment, e.g. when approving; empty when the user cancels (and from a dialog service that asks
     * nothing).
     *
     * @param required whether an empty comment is refused
     */
    default Optional<String> askComment(String title, String prompt, boolean required) {
        return Optional.empty();
    }

    /**
     * Asks for an existing file to open, e.g. a journey file to import; empty when the user cancels (and from a
     * dialog service that offers no files).
     *
     * @param kind    what the files are, e.g. "Journey file (*.json)"
     * @param pattern the file name pattern, e.g. {@code *.json}
     */
    default Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
        return Optional.empty();
    }

    /** Asks where to save a file of one type, suggesting {@code suggestedName}; empty when the user cancels. */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
        return chooseFileToSave(title, suggestedName, List.of(new FileType(kind, pattern)));
    }

    /**
     * Asks where to save a file that may be written as any of {@code types} (the first is offered first), suggesting
     * {@code suggestedName}; empty when the user cancels (and from a dialog service that offers no files).
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.empty();
    }

    /**
     * Asks the user to confirm something that cannot be undone; true only when they press {@code action}. A dialog
     * service that asks nothing answers false.
     */
    default boolean confirm(String title, String question, String action) {
        return false;
    }

    /**
     * Asks for a password, e.g. of a team workspace's login or of the user's signing key; empty when the user cancels
     * (and from a dialog service that asks nothing). May be called from any thread. The answer is used and forgotten.
     */
    default Optional<char[]> askPassword(String title, String prompt) {
        return Optional.empty();
    }

    /** Tells the user something they must read, e.g. why a connection failed; returns when they have. */
    default void inform(String title, String message) {
    }

    /**
     * The dialogs, where asking for a password first waits for the JavaFX toolkit to have started: a workspace opens
     * while the toolkit starts, and only a password prompt needs it.
     */
    static DialogService afterStartup(DialogService dialogs, Future<?> toolkitStarted) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return dialogs.chooseFolder(title);
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return dialogs.askComment(title, prompt, required);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
                return dialogs.chooseFileToOpen(title, kind, pattern);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
                return dialogs.chooseFileToSave(title, suggestedName, kind, pattern);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
                return dialogs.chooseFileToSave(title, suggestedName, types);
            }

            @Override
            public boolean confirm(String title, String question, String action) {
                return dialogs.confirm(title, question, action);
            }

            @Override
            public void inform(String title, String message) {
                dialogs.inform(title, message);
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                try {
                    toolkitStarted.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("The JavaFX toolkit did not start: " + e.getCause(), e);
                }
                return dialogs.askPassword(title, prompt);
            }
        };
    }

    /** A user who answers nothing: every question is cancelled (sections shown alone, previews, tests). */
    static DialogService none() {
        return new DialogService() {
        };
    }

    /** The platform's dialogs, shown over the focused window; file choosers open in the documents folder. */
    static DialogService platform() {
        return new PlatformDialogs();
    }
}
