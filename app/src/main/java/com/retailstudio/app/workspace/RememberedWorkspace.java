package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The team workspace the desktop application connects to on start, remembered outside any workspace (a workspace
 * cannot say where itself is): {@code ~/.retail-studio/team-workspace} holds its URL and nothing else — no password.
 */
public final class RememberedWorkspace {

    static final String FILE_NAME = "team-workspace";

    private RememberedWorkspace() {
    }

    static Path file() {
        return Path.of(System.getProperty("user.home"), ".retail-studio", FILE_NAME);
    }

    /** The remembered team workspace; empty when none is, or the file no longer reads as one. */
    public static Optional<WorkspaceLocation.Server> read() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            WorkspaceLocation location = WorkspaceLocation.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
            return location instanceof WorkspaceLocation.Server server ? Optional.of(server) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Remembers the team workspace for the next start. */
    public static void remember(WorkspaceLocation.Server server) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, server.describe() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceException("Could not remember the team workspace in " + file + ": " + e.getMessage(),
                    e);
        }
    }

    /** Forgets it: the next start opens the workspace folder again. */
    public static void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new WorkspaceException("Could not forget the team workspace in " + file() + ": " + e.getMessage(),
                    e);
        }
    }
}
