package com.retailstudio.app.cli;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import com.retailstudio.app.workspace.ServerCredentials;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.architecture.AllowedToUseUiSupport;
import java.util.Optional;

/** Opens workspaces for commands, turning the workspace's failures into one-sentence command failures. */
@AllowedToUseUiSupport("the desktop command opens the workspace with the dialog service that asks for a team password")
final class Sessions {

    private Sessions() {
    }

    /** The workspace alone, for headless jobs. */
    static Workspace openWorkspace(WorkspaceLocation location) {
        try {
            // Headless: no one to ask for a password, so it comes from PGPASSWORD or ~/.pgpass, or is not needed.
            return Workspace.open(location, ServerCredentials.PasswordPrompt.NONE);
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /** The workspace with what the desktop views build on it (needs the JavaFX toolkit). */
    static WorkspaceSession open(Optional<WorkspaceLocation> location) {
        return open(location, DialogService.platform());
    }

    /** The same, asking the user (a team workspace's password) through the dialog service. */
    static WorkspaceSession open(Optional<WorkspaceLocation> location, DialogService dialogs) {
        try {
            return WorkspaceSession.openAt(location, dialogs);
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
