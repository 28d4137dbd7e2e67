package com.retailstudio.app.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window sits and how big it is: its outer bounds when not maximised (screen pixels) and whether it
 * is maximised. A placement remembered without a position (older workspaces stored only the size) is centred.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {

    /** Share of the screen's usable area a first window takes. */
    static final double FIRST_START_SHARE = 0.8;
    /** Smallest first window, where the screen allows: what every section is laid out for. */
    static final double FIRST_START_MIN_WIDTH = 1024;
    static final double FIRST_START_MIN_HEIGHT = 700;
    /** Smallest window the user may make, where the screen allows. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;
    /** How much of a window's top edge must lie on a screen for the window to be reachable there (to drag it). */
    private static final double REACHABLE_WIDTH = 96;
    private static final double REACHABLE_HEIGHT = 24;

    /** A size with no position: shown centred on the primary screen. */
    public static WindowPlacement centred(double width, double height, boolean maximised) {
        return new WindowPlacement(Double.NaN, Double.NaN, width, height, maximised);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /**
     * The placement to open with: on a first start (nothing remembered) {@link #FIRST_START_SHARE} of the primary
     * screen's usable area, at least 1024 × 700 where that fits, centred; otherwise what was remembered, kept on the
     * screen its top edge is on, shrunk to fit that screen, and centred on the primary screen when no screen shows its
     * top edge any more (a monitor unplugged).
     *
     * @param screens the usable area (visual bounds) of every screen now attached
     * @param primary the usable area of the primary screen
     */
    public static WindowPlacement choose(Optional<WindowPlacement> remembered, List<Rectangle2D> screens,
                                         Rectangle2D primary) {
        if (remembered.isEmpty()) {
            double width = Math.min(primary.getWidth(),
                    Math.max(FIRST_START_MIN_WIDTH, Math.floor(primary.getWidth() * FIRST_START_SHARE)));
            double height = Math.min(primary.getHeight(),
                    Math.max(FIRST_START_MIN_HEIGHT, Math.floor(primary.getHeight() * FIRST_START_SHARE)));
            return centredOn(primary, width, height, false);
        }
        WindowPlacement last = remembered.get();
        if (last.hasPosition()) {
            Optional<Rectangle2D> home = screens.stream().filter(last::topEdgeReachableOn).findFirst();
            if (home.isPresent()) {
                Rectangle2D screen = home.get();
                double width = fit(last.width, MIN_WIDTH, screen.getWidth());
                double height = fit(last.height, MIN_HEIGHT, screen.getHeight());
                // Moved in only as far as needed for the whole window to be on that screen.
                double x = Math.max(screen.getMinX(), Math.min(last.x, screen.getMaxX() - width));
                double y = Math.max(screen.getMinY(), Math.min(last.y, screen.getMaxY() - height));
                return new WindowPlacement(x, y, width, height, last.maximised);
            }
        }
        return centredOn(primary, fit(last.width, MIN_WIDTH, primary.getWidth()),
                fit(last.height, MIN_HEIGHT, primary.getHeight()), last.maximised);
    }

    /** The smallest size the user may make the window on a screen of this usable size. */
    public static double minWidthOn(Rectangle2D screen) {
        return Math.min(MIN_WIDTH, screen.getWidth());
    }

    public static double minHeightOn(Rectangle2D screen) {
        return Math.min(MIN_HEIGHT, screen.getHeight());
    }

    private boolean topEdgeReachableOn(Rectangle2D screen) {
        double visibleWidth = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
        double visibleHeight = Math.min(y + REACHABLE_HEIGHT, screen.getMaxY()) - Math.max(y, screen.getMinY());
        return visibleWidth >= Math.min(REACHABLE_WIDTH, width) && visibleHeight >= REACHABLE_HEIGHT;
    }

    private static double fit(double size, double min, double screen) {
        return Math.min(screen, Math.max(min, size));
    }

    private static WindowPlacement centredOn(Rectangle2D screen, double width, double height, boolean maximised) {
        return new WindowPlacement(screen.getMinX() + Math.floor((screen.getWidth() - width) / 2),
                screen.getMinY() + Math.floor((screen.getHeight() - height) / 2), width, height, maximised);
    }
}
