package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLimits;

/**
 * Who a command acts as: on a team workspace always the signed-in login; on a folder the operating-system user, unless
 * another name is entered explicitly with --as (compared with authors after normalisation, recorded as not
 * authenticated).
 */
final class People {

    private People() {
    }

    /**
     * The person acting.
     *
     * @param as the {@code --as} option, null when not given
     * @throws CommandFailure when {@code --as} is given on a team workspace
     */
    static String acting(Workspace workspace, String as) {
        String tooLong = WorkspaceLimits.problem("--as", as);
        if (tooLong != null) {
            throw new CommandFailure(tooLong);
        }
        if (workspace.isShared()) {
            if (as != null) {
                throw new CommandFailure("--as is refused on a team workspace: the server signed you in as "
                        + workspace.currentUser() + ", and a name typed on the command line could be anyone's; "
                        + "to act as someone else, connect as their login.");
            }
            return workspace.currentUser();
        }
        return as == null ? workspace.currentUser() : as;
    }
}
