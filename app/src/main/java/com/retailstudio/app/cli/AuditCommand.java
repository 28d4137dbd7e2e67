package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.AuditVerification;
import com.retailstudio.app.workspace.Workspace;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** `retail-studio audit`: checks on the workspace's audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The workspace's audit log: verify its hash chain.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {

    /** Recomputes the hash chain over every entry and names each entry that was edited or deleted. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain: every entry's SHA-256 over its content and the entry "
                    + "before it.",
                "Exits 0 when no entry was edited or deleted, 1 naming every break in the chain."})
    static final class Verify extends WorkspaceJob {

        @Override
        public Integer call() {
            AuditVerification result;
            try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
                result = opened.auditLog().verify();
            }
            PrintWriter out = spec.commandLine().getOut();
            String before = result.beforeChain() == 0 ? ""
                    : " (" + result.beforeChain() + " written before the chain existed, covered by its first link)";
            if (result.intact()) {
                out.println("The audit log is intact: " + result.entries()
                        + (result.entries() == 1 ? " entry" : " entries") + before + ", none edited or deleted.");
                return 0;
            }
            result.problems().forEach(problem -> out.println("- " + problem));
            throw new CommandFailure("The audit log was changed behind the application's back: "
                    + result.problems().size() + (result.problems().size() == 1 ? " break" : " breaks")
                    + " in its hash chain, listed above.");
        }
    }
}
