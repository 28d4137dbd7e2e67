package com.retailstudio.app.ui.approvals;

import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.ui.dialog.DialogService;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the desktop application gets the password of the user's signing key: {@value KeyPasswords#ENVIRONMENT_VARIABLE}
 * when it is set, otherwise a password dialog, asked on the JavaFX thread before the signing runs in the background.
 */
final class SigningPassword {

    private final DialogService dialogs;
    private final UnaryOperator<String> environment;

    SigningPassword(DialogService dialogs, UnaryOperator<String> environment) {
        this.dialogs = dialogs;
        this.environment = environment;
    }

    /**
     * The password source for signing {@code what} as {@code person}; empty when the user cancels.
     *
     * @param keyIsNew whether the key is made now (the password is being chosen)
     */
    Optional<KeyPasswords> ask(String person, String what, boolean keyIsNew) {
        String fromEnvironment = environment.apply(KeyPasswords.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(KeyPasswords.of(fromEnvironment.toCharArray()));
        }
        String prompt = keyIsNew
                ? "Your " + what + " is signed with your own key, made now: choose its password and keep it safe."
                : "Your " + what + " is signed with your key: enter its password.";
        return dialogs.askPassword("Sign as " + person, prompt).map(KeyPasswords::of);
    }
}
