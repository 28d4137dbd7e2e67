package com.retailstudio.app.ui;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/** Tells when a scene has been through its first pulse after being shown, i.e. its first frame is drawn. */
final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    static void whenDrawn(Scene scene, LongConsumer onFirstFrame) {
        // The first AnimationTimer tick after the window is showing follows the first rendered pulse.
        new AnimationTimer() {
            private boolean showingSeen;

            @Override
            public void handle(long now) {
                if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                    return;
                }
                if (!showingSeen) {
                    showingSeen = true;
                    return;
                }
                stop();
                onFirstFrame.accept(System.nanoTime());
            }
        }.start();
    }
}
