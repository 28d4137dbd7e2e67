package com.retailstudio.app.signing;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the password of a person's keystore comes from: an environment variable for pipelines, a console prompt on
 * the command line, a password dialog in the desktop application.
 */
@FunctionalInterface
public interface KeyPasswords {

    /** The environment variable a pipeline sets to the keystore password. */
    String ENVIRONMENT_VARIABLE = "RETAIL_STUDIO_KEY_PASSWORD";

    /**
     * The password for the person's keystore at {@code keystore}; empty when the person declined to give one.
     *
     * @param creating whether the keystore is about to be made (the password is being chosen)
     */
    Optional<char[]> password(String person, String keystore, boolean creating);

    /** A fixed password (a dialog's answer, a test). */
    static KeyPasswords of(char[] password) {
        return (person, keystore, creating) -> Optional.of(password.clone());
    }

    /** {@value #ENVIRONMENT_VARIABLE} if set, otherwise a prompt on the console if there is one. */
    static KeyPasswords environmentOrConsole() {
        return (person, keystore, creating) -> {
            String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return Optional.of(fromEnvironment.toCharArray());
            }
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            char[] password = console.readPassword(creating
                    ? "Choose a password for %s's new signing key (%s): "
                    : "Password of %s's signing key (%s): ", person, keystore);
            if (password != null && creating) {
                char[] again = console.readPassword("The same password again: ");
                if (again == null || !Arrays.equals(password, again)) {
                    throw new SigningKeyException("The two passwords differ; no signing key was made.");
                }
            }
            return Optional.ofNullable(password);
        };
    }
}
