package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A full-HD screen less a 40 px task bar. */
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** A second screen to the left of the first. */
    private static final Rectangle2D LEFT = new Rectangle2D(-1280, 0, 1280, 1024);

    @Test
    void aFirstWindowTakesEightyPercentOfThePrimaryScreenCentred() {
        assertEquals(new WindowPlacement(192, 104, 1536, 832, false),
                WindowPlacement.choose(Optional.empty(), List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aFirstWindowIsAtLeast1024By700WhereTheScreenAllows() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1280, 800);
        assertEquals(new WindowPlacement(128, 50, 1024, 700, false),
                WindowPlacement.choose(Optional.empty(), List.of(laptop), laptop));

        Rectangle2D small = new Rectangle2D(0, 0, 1000, 660);
        assertEquals(new WindowPlacement(0, 0, 1000, 660, false),
                WindowPlacement.choose(Optional.empty(), List.of(small), small));
    }

    @Test
    void theWindowComesBackWhereItWasLeftOnWhicheverScreen() {
        WindowPlacement left = new WindowPlacement(-1100, 40, 1000, 700, false);
        assertEquals(left, WindowPlacement.choose(Optional.of(left), List.of(FULL_HD, LEFT), FULL_HD));

        WindowPlacement maximised = new WindowPlacement(300, 60, 1598, 978, true);
        assertEquals(maximised, WindowPlacement.choose(Optional.of(maximised), List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aWindowLeftOnAScreenNoLongerAttachedIsCentredOnThePrimaryScreen() {
        WindowPlacement left = new WindowPlacement(-1100, 40, 1000, 700, true);
        assertEquals(new WindowPlacement(460, 170, 1000, 700, true),
                WindowPlacement.choose(Optional.of(left), List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aWindowLargerThanItsScreenNowShrinksToFitAndMovesOnlyAsFarAsNeeded() {
        WindowPlacement big = new WindowPlacement(100, 20, 2500, 1400, false);
        assertEquals(new WindowPlacement(0, 0, 1920, 1040, false),
                WindowPlacement.choose(Optional.of(big), List.of(FULL_HD), FULL_HD));

        WindowPlacement hanging = new WindowPlacement(1500, 500, 1000, 700, false);
        assertEquals(new WindowPlacement(920, 340, 1000, 700, false),
                WindowPlacement.choose(Optional.of(hanging), List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveEveryScreenCannotBeReachedAndIsCentred() {
        WindowPlacement above = new WindowPlacement(200, -500, 1000, 700, false);
        assertEquals(new WindowPlacement(460, 170, 1000, 700, false),
                WindowPlacement.choose(Optional.of(above), List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aRememberedSizeWithoutPositionIsCentredAndNeverBelowTheMinimum() {
        assertEquals(new WindowPlacement(480, 220, 960, 600, false),
                WindowPlacement.choose(Optional.of(WindowPlacement.centred(300, 200, false)), List.of(FULL_HD),
                        FULL_HD));
    }
}
