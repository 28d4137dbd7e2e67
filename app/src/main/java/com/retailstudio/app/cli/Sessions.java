package com.retailstudio.app.cli;

import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens workspaces for commands, turning the workspace's failures into one-sentence command failures. */
final class Sessions {

    private Sessions() {
    }

    static WorkspaceSession open(Optional<Path> directory) {
        try {
            return WorkspaceSession.open(directory);
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
