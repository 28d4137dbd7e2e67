package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.ServerCredentials;
import com.retailstudio.app.workspace.TeamRole;
import com.retailstudio.app.workspace.TeamWorkspaceAdmin;
import com.retailstudio.app.workspace.WorkspaceException;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Setting up a team workspace on a PostgreSQL server, and adding people to it. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Set up a team workspace on a PostgreSQL server and add people to it.",
        subcommands = {WorkspaceCommand.Init.class, WorkspaceCommand.Grant.class})
final class WorkspaceCommand extends CommandGroup {

    /** The team workspace named with --workspace; a folder needs no setting up. */
    static WorkspaceLocation.Server server(WorkspaceOptions options) {
        WorkspaceLocation location = options.location().orElseThrow(() -> new CommandFailure(
                "Name the team workspace with --workspace postgresql://HOST[:PORT]/DATABASE."));
        if (location instanceof WorkspaceLocation.Server server) {
            return server;
        }
        throw new CommandFailure(location.describe() + " is a workspace folder; it is created on first open and "
                + "has no roles. 'workspace' commands set up a team workspace: --workspace "
                + "postgresql://HOST[:PORT]/DATABASE.");
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = {
            "Create (or upgrade) a team workspace in an existing PostgreSQL database: the roles retail_designer,",
            "retail_reviewer and retail_admin, the schema and the privileges. Run it as a login that may create",
            "roles and tables (a superuser, or the database owner with CREATEROLE); run it again after an upgrade."})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions workspace;

        @Override
        public Integer call() {
            WorkspaceLocation.Server server = server(workspace);
            try {
                int applied = TeamWorkspaceAdmin.init(server, ServerCredentials.PasswordPrompt.NONE);
                spec.commandLine().getOut().println("The team workspace " + server.describe() + " is ready ("
                        + applied + " schema migration(s) applied). Add people with 'retail-studio workspace grant "
                        + "LOGIN designer|reviewer|admin --workspace " + server.describe() + "'.");
            } catch (WorkspaceException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            return 0;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = {
            "Give an existing database login a role in the team workspace: designer (edit, submit), reviewer",
            "(approve, request changes) or admin (archive, add people). Written to the audit log."})
    static final class Grant implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions workspace;
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The person's database login.")
        String login;
        @Parameters(index = "1", paramLabel = "ROLE", description = "designer, reviewer or admin.")
        String role;

        @Override
        public Integer call() {
            TeamRole teamRole;
            try {
                teamRole = TeamRole.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            WorkspaceLocation.Server server = server(workspace);
            try {
                TeamWorkspaceAdmin.grant(server, ServerCredentials.PasswordPrompt.NONE, login, teamRole);
            } catch (WorkspaceException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            spec.commandLine().getOut().println(login + " is now " + teamRole.roleName() + " on "
                    + server.describe() + ".");
            return 0;
        }
    }
}
