package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop application asks for the signing key's password in a dialog unless the environment gives it. */
class SigningPasswordTest {

    private final List<String> asked = new ArrayList<>();

    private DialogService answering(Optional<char[]> answer) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return Optional.empty();
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                asked.add(title + " | " + prompt);
                return answer;
            }
        };
    }

    @Test
    void withoutTheEnvironmentVariableTheUserIsAskedAndTheAnswerUnlocksTheKey() {
        SigningPassword password = new SigningPassword(answering(Optional.of("s3cret".toCharArray())), name -> null);

        char[] given = password.ask("ben", "approval", false).orElseThrow().password("ben", "ben.p12", false)
                .orElseThrow();

        assertArrayEquals("s3cret".toCharArray(), given);
        assertEquals(List.of("Sign as ben | Your approval is signed with your key: enter its password."), asked);
    }

    @Test
    void aNewKeyAsksTheUserToChooseAPasswordAndKeepItSafe() {
        new SigningPassword(answering(Optional.of("x".toCharArray())), name -> "").ask("ben", "bundle", true);

        assertEquals(List.of("Sign as ben | Your bundle is signed with your own key, made now: choose its password "
                + "and keep it safe."), asked);
    }

    @Test
    void cancellingTheDialogSignsNothing() {
        assertTrue(new SigningPassword(answering(Optional.empty()), name -> null).ask("ben", "approval", false)
                .isEmpty());
    }

    @Test
    void theEnvironmentVariableIsUsedWithoutAsking() {
        SigningPassword password = new SigningPassword(answering(Optional.empty()),
                name -> name.equals("RETAIL_STUDIO_KEY_PASSWORD") ? "from-env" : null);

        char[] given = password.ask("ben", "approval", false).orElseThrow().password("ben", "ben.p12", false)
                .orElseThrow();

        assertArrayEquals("from-env".toCharArray(), given);
        assertEquals(List.of(), asked);
    }
}
