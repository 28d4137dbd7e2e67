package com.retailstudio.app.cli;

import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens workspaces for commands, turning the workspace's failures into one-sentence command failures. */
final class Sessions {

    private Sessions() {
    }

    /** The workspace alone, for headless jobs. */
    static Workspace openWorkspace(Optional<Path> directory) {
        try {
            return Workspace.open(directory.orElseGet(Workspace::defaultDirectory));
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /** The workspace with what the desktop views build on it (needs the JavaFX toolkit). */
    static WorkspaceSession open(Optional<Path> directory) {
        try {
            return WorkspaceSession.open(directory);
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
