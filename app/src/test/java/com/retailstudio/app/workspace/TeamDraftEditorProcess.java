package com.retailstudio.app.workspace;

import java.time.Clock;
import java.util.Optional;

/**
 * Another person's Retail Studio process on a team workspace, for {@link TwoProcessesEditOneDraftTest}: it connects
 * as a login, opens a journey draft (printing {@code opened REVISION}), waits for a line on standard input, then saves
 * its own change on top of the revision it opened and prints {@code saved REVISION} or {@code conflict MESSAGE}.
 *
 * <p>Arguments: HOST PORT DATABASE LOGIN JOURNEY_ID BODY.
 */
public final class TeamDraftEditorProcess {

    private TeamDraftEditorProcess() {
    }

    public static void main(String[] args) throws Exception {
        WorkspaceLocation.Server server = new WorkspaceLocation.Server(args[0], Integer.parseInt(args[1]), args[2],
                Optional.of(args[3]));
        try (Workspace workspace = Workspace.openServer(server, Clock.systemUTC(),
                ServerCredentials.standard(PostgresTestServer.PROMPT), false)) {
            JourneyDraftStore.StoredDraft opened = workspace.journeyDrafts().get(args[4]).orElseThrow();
            System.out.println("opened " + opened.revision());
            System.out.flush();
            System.in.read();
            try {
                JourneyDraftStore.StoredDraft saved = workspace.journeyDrafts().save(args[4], opened.name(), 1,
                        args[5], opened.revision());
                System.out.println("saved " + saved.revision());
            } catch (EditConflictException e) {
                System.out.println("conflict " + e.getMessage());
            }
            System.out.flush();
        }
    }
}
