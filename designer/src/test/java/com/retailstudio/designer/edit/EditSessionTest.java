package com.retailstudio.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditSessionTest {

    @Test
    void undoAndRedoWalkThroughEveryEdit() {
        Journey start = TestJourneys.clean();
        EditSession session = new EditSession(start);
        assertFalse(session.canUndo());
        session.apply(j -> JourneyEdits.addNode(j, NodeKind.EXIT, new Position(0, 400)));
        Journey added = session.journey();
        session.apply(j -> JourneyEdits.deleteNodes(j, List.of("push")));
        Journey deleted = session.journey();

        assertTrue(session.undo());
        assertEquals(added, session.journey());
        assertTrue(session.undo());
        assertEquals(start, session.journey());
        assertFalse(session.undo());
        assertTrue(session.redo());
        assertTrue(session.redo());
        assertEquals(deleted, session.journey());
        assertFalse(session.redo());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        EditSession session = new EditSession(TestJourneys.clean());
        assertFalse(session.apply(j -> JourneyEdits.moveBy(j, List.of(), 10, 10)));
        assertFalse(session.canUndo());
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoHistory() {
        Journey start = TestJourneys.clean();
        EditSession session = new EditSession(start);
        session.apply(j -> JourneyEdits.moveBy(j, List.of("email"), 10, 0));
        session.undo();
        assertTrue(session.canRedo());
        session.apply(j -> JourneyEdits.moveBy(j, List.of("wait"), 0, 10));
        assertFalse(session.canRedo());
        session.undo();
        assertSame(start, session.journey());
    }

    @Test
    void theHistoryKeepsTheNewestEditsUpToItsLimit() {
        EditSession session = new EditSession(TestJourneys.clean());
        for (int i = 0; i < EditSession.HISTORY_LIMIT + 20; i++) {
            session.apply(j -> JourneyEdits.moveBy(j, List.of("email"), 1, 0));
        }
        int undone = 0;
        while (session.undo()) {
            undone++;
        }
        assertEquals(EditSession.HISTORY_LIMIT, undone);
        assertEquals(240 + 20, session.journey().node("email").orElseThrow().position().x());
    }
}
