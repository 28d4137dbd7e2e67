package com.retailstudio.app.cli;

import com.retailstudio.app.export.TrustedKeys;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.SigningKey;
import com.retailstudio.app.signing.SigningKeyException;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.RegisteredKey;
import com.retailstudio.app.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `retail-studio keys`: the workspace's public key directory, and the trusted keys file production keeps. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Signing keys: every approval is signed by its approver and every export by its exporter, each "
                + "with their own Ed25519 key, kept in ~/.retail-studio/keys/NAME.p12 and made on first use (password "
                + "from " + KeyPasswords.ENVIRONMENT_VARIABLE + ", or asked in a terminal).",
            "Production keeps the file 'keys export' writes and checks bundles with 'validate --trust FILE'."},
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.Export.class, KeysCommand.NewKey.class})
final class KeysCommand extends CommandGroup {

    /** Lists the registered keys as tab-separated columns. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print every public key registered in the workspace, tab-separated: person, key id, "
                    + "registered at.")
    static final class ListKeys extends WorkspaceJob {

        @Override
        public Integer call() {
            try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
                PrintWriter out = spec.commandLine().getOut();
                for (RegisteredKey key : opened.publicKeys().all()) {
                    out.println(key.person() + "\t" + key.keyId() + "\t" + key.registeredAt());
                }
            }
            return 0;
        }
    }

    /** Writes the trusted keys file. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write every public key registered in the workspace to a trusted keys file (JSON) for "
                    + "production to keep; bundles are then checked with 'validate --trust FILE'.",
                "Refuses to overwrite an existing file unless --force is given."})
    static final class Export extends WorkspaceJob {
        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write the keys.")
        private Path out;
        @Option(names = "--force", description = "Replace an existing file.")
        private boolean force;

        @Override
        public Integer call() throws IOException {
            List<RegisteredKey> keys;
            try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
                keys = opened.publicKeys().all();
            }
            if (keys.isEmpty()) {
                throw new CommandFailure("No signing key is registered in this workspace yet; keys are made when "
                        + "someone first approves or exports.");
            }
            if (Files.exists(out) && !force) {
                throw new CommandFailure(out + " already exists; add --force to replace it.");
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempFile(parent, ".keys-", ".json");
            Files.writeString(staging, TrustedKeys.write(keys), StandardCharsets.UTF_8);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().println("Wrote " + keys.size() + (keys.size() == 1 ? " key" : " keys")
                    + " of " + keys.stream().map(RegisteredKey::person).distinct().count() + " people to " + out
                    + "; production checks bundles with 'retail-studio validate --trust " + out.getFileName() + "'.");
            return 0;
        }
    }

    /** Makes a new key after a loss. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Make and register a new signing key for a person whose key file is lost (or, with "
                    + "--replace, whose password is forgotten: the old file is moved aside).",
                "The old public key stays registered so earlier approvals still verify; export the keys again and "
                        + "give production the new file."})
    static final class NewKey extends WorkspaceJob {
        @Option(names = "--as", paramLabel = "USER", description = "Whose key to make (default: you — the "
                + "operating-system user on a workspace folder; refused on a team workspace, where it is your login).")
        private String person;
        @Option(names = "--replace", description = "Move the existing key file aside first (forgotten password).")
        private boolean replace;

        @Override
        public Integer call() {
            try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
                String who = People.acting(opened, person);
                SigningKey key = new WorkspaceSigners(PersonalKeys.inUserHome(), opened.publicKeys(),
                        Clock.systemUTC()).newKey(who, KeyPasswords.environmentOrConsole(), replace);
                spec.commandLine().getOut().println("Registered " + who + "'s new signing key " + key.keyId()
                        + "; run 'retail-studio keys export' and give production the new file.");
            } catch (SigningKeyException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            return 0;
        }
    }
}
