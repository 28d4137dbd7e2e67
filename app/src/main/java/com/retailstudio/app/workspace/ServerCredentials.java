package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the password for a team workspace where PostgreSQL's own tools look, in the same order as libpq:
 * {@code PGPASSWORD}, then the password file ({@code PGPASSFILE}, default {@code ~/.pgpass}), then the prompt (the
 * GUI's password dialog). A password is held only while connecting and is never written anywhere.
 */
public final class ServerCredentials {

    /** Asks the person for the password of a login; empty when they cancel. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<String> ask(WorkspaceLocation.Server server, String login);

        /** For headless commands: no one to ask, so the server decides (trust or peer authentication). */
        PasswordPrompt NONE = (server, login) -> Optional.empty();
    }

    private final Map<String, String> environment;
    private final Path home;
    private final PasswordPrompt prompt;

    ServerCredentials(Map<String, String> environment, Path home, PasswordPrompt prompt) {
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.prompt = prompt;
    }

    /** The standard places of this process, then the prompt. */
    public static ServerCredentials standard(PasswordPrompt prompt) {
        return new ServerCredentials(System.getenv(), Path.of(System.getProperty("user.home")), prompt);
    }

    /** The password for the login on the server, or empty to connect without one. */
    Optional<String> passwordFor(WorkspaceLocation.Server server, String login) {
        String variable = environment.get("PGPASSWORD");
        if (variable != null && !variable.isEmpty()) {
            return Optional.of(variable);
        }
        Optional<String> fromFile = passwordFile().flatMap(file -> lookUp(file, server, login));
        if (fromFile.isPresent()) {
            return fromFile;
        }
        return prompt.ask(server, login);
    }

    private Optional<Path> passwordFile() {
        Path file = Optional.ofNullable(environment.get("PGPASSFILE")).filter(name -> !name.isBlank())
                .map(Path::of).orElse(home.resolve(".pgpass"));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // As libpq: a password file others can read is ignored, so a leaked one is not silently used.
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
                System.getLogger(ServerCredentials.class.getName()).log(System.Logger.Level.WARNING,
                        "Ignoring the password file {0}: it must be readable by its owner only (chmod 0600).", file);
                return Optional.empty();
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions (Windows): libpq does not check there either.
        }
        return Optional.of(file);
    }

    /** The first line of the password file that matches host, port, database and login ({@code *} matches all). */
    static Optional<String> lookUp(Path file, WorkspaceLocation.Server server, String login) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields.get(0), server.host()) && matches(fields.get(1), Integer.toString(server.port()))
                    && matches(fields.get(2), server.database()) && matches(fields.get(3), login)) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value)
                || (pattern.equals("localhost") && value.equals("127.0.0.1"));
    }

    /** Splits on {@code :}, where {@code \:} and {@code \\} stand for themselves. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
