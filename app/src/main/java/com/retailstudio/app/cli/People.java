package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.Workspace;

/** Who a command acts as: on a team workspace always the signed-in login; on a folder the name given with --as. */
final class People {

    private People() {
    }

    /**
     * The person acting.
     *
     * @param as            the {@code --as} option, null when not given
     * @param neededOnFolder whether a workspace folder needs {@code --as} for this step (else its user acts)
     * @throws CommandFailure when {@code --as} is given on a team workspace, or missing where it is needed
     */
    static String acting(Workspace workspace, String as, boolean neededOnFolder) {
        if (workspace.isShared()) {
            if (as != null) {
                throw new CommandFailure("--as is refused on a team workspace: the server signed you in as "
                        + workspace.currentUser() + ", and a name typed on the command line could be anyone's; "
                        + "to act as someone else, connect as their login.");
            }
            return workspace.currentUser();
        }
        if (as == null) {
            if (neededOnFolder) {
                throw new CommandFailure("Say who you are with --as USER (on a workspace folder the name is "
                        + "not checked by a server).");
            }
            return workspace.currentUser();
        }
        return as;
    }
}
