package com.retailstudio.ui.task;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Says, with a ControlsFX notification in the corner of the application's window, when long background work of any
 * section has finished or failed. Installed once on the application's executor, so no section has code of its own
 * for it. The notification goes over the application window the user is in (the main window or one it opened, such
 * as the data explorer), else over the main window; when none is showing there is nobody to tell and nothing is shown.
 */
public final class WorkNotifications {

    private static final String STYLESHEET = Objects.requireNonNull(
            WorkNotifications.class.getResource("work-notifications.css")).toExternalForm();

    private final Window main;
    private final Function<FinishedWork, Optional<WorkNotice>> notices;

    private WorkNotifications(Window main, Function<FinishedWork, Optional<WorkNotice>> notices) {
        this.main = Objects.requireNonNull(main);
        this.notices = Objects.requireNonNull(notices);
    }

    /**
     * Announces over {@code main} (or the application window in focus) each task of {@code tasks} that ran at least
     * {@link WorkNotice#LONG_WORK}.
     */
    public static WorkNotifications install(FxTaskExecutor tasks, Window main) {
        return install(tasks, main, work -> WorkNotice.of(work, WorkNotice.LONG_WORK));
    }

    /** Announces what {@code notices} makes of each task of {@code tasks} that ends. */
    public static WorkNotifications install(FxTaskExecutor tasks, Window main,
                                            Function<FinishedWork, Optional<WorkNotice>> notices) {
        WorkNotifications notifications = new WorkNotifications(main, notices);
        tasks.onFinished(notifications::finished);
        return notifications;
    }

    private void finished(FinishedWork work) {
        notices.apply(work).ifPresent(notice -> owner().ifPresent(owner -> show(notice, owner)));
    }

    /** The focused application window, else the main window, if showing and not minimised. */
    Optional<Window> owner() {
        Optional<Window> focused = Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w.isFocused() && !((Stage) w).isIconified())
                .findFirst();
        if (focused.isPresent()) {
            return focused;
        }
        boolean mainVisible = main.isShowing() && !(main instanceof Stage stage && stage.isIconified());
        return mainVisible ? Optional.of(main) : Optional.empty();
    }

    private static void show(WorkNotice notice, Window owner) {
        Scene scene = owner.getScene();
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Notifications notification = Notifications.create()
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .title(notice.title())
                .text(notice.text())
                .hideAfter(Duration.seconds(notice.failed() ? 12 : 6));
        if (notice.failed()) {
            notification.showError();
        } else {
            notification.showInformation();
        }
    }
}
