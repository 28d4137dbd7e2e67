package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.ServerCredentials;
import com.retailstudio.app.workspace.TeamBenchmark;
import com.retailstudio.app.workspace.WorkspaceException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Many people on one team workspace at once: throughput, latency and a check that no update was lost. */
@Command(name = "benchmark-team", mixinStandardHelpOptions = true, description = {
        "Run N clients on a team workspace on this machine, each looping edit draft -> save -> submit -> approve by",
        "another login, and print saves per second, p50/p95 save and approve latency and lost updates (each client",
        "checks its own writes afterwards). --workspace names an administrator login (it runs 'workspace init' and",
        "creates the logins bench_1..N); only loopback servers are accepted."})
final class BenchmarkTeamCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private WorkspaceOptions workspace;
    @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;
    @Option(names = "--seconds", defaultValue = "60", description = "How long they run (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Override
    public Integer call() throws Exception {
        TeamBenchmark.Result result;
        try {
            result = TeamBenchmark.run(WorkspaceCommand.server(workspace), ServerCredentials.PasswordPrompt.NONE,
                    clients, seconds);
        } catch (IllegalArgumentException | WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        spec.commandLine().getOut().println(result.describe());
        return result.lostUpdates() == 0 ? 0 : 1;
    }
}
