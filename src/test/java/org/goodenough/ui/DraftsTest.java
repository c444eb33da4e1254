package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Outcome;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.plan.PlanFormViewModel;
import org.goodenough.ui.reflection.ReflectionViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drafts: what is typed reaches the disk by itself within about a second, with no save and no
 * closing, and the next start offers it back; saving or letting it go removes it.
 */
class DraftsTest {

    private static final String TYPED = "Send the draft to Ana with the last section unfinished";

    @TempDir
    Path folder;
    private Path file;
    private JournalSession session;
    private JournalViewModel window;

    @BeforeEach
    void open() {
        file = folder.resolve("journal.db");
        session = JournalSession.open(file, Clock.systemUTC());
        window = startWindow();
    }

    @AfterEach
    void close() {
        window.closeDrafts();
        session.close();
    }

    @Test
    void typingIsKeptOnDiskWithinAboutASecondAndOfferedBackAtTheNextStart() throws Exception {
        window.newPlan();
        PlanFormViewModel form = (PlanFormViewModel) window.pageProperty().get();
        form.mistakeProperty().set(TYPED);
        form.fearedOutcomeProperty().set("She thinks I cannot finish things");
        form.likelihoodProperty().set("60");

        // Nothing is closed or flushed: this is what a crash right now would leave on disk.
        Draft kept = awaitDraftOnDisk(draft -> "60".equals(draft.fields().get("likelihood")));
        assertEquals("plan", kept.form());
        assertNull(kept.subject());
        assertEquals(TYPED, kept.fields().get("mistake"));

        JournalViewModel next = startWindow();
        Draft offered = next.draftOfferProperty().get();
        assertNotNull(offered, "the draft should be offered at the next start");
        next.resumeDraft();
        PlanFormViewModel resumed = assertInstanceOf(PlanFormViewModel.class, next.pageProperty().get());
        assertEquals(TYPED, resumed.mistakeProperty().get());
        assertEquals("She thinks I cannot finish things", resumed.fearedOutcomeProperty().get());
        assertEquals("60", resumed.likelihoodProperty().get());
        assertTrue(resumed.changedProperty().get(), "resumed text is not saved yet");

        resumed.save();
        assertEquals(1, session.planner().count(JournalSection.UPCOMING));
        awaitNoDraft();
        next.closeDrafts();
    }

    @Test
    void discardingTheOfferedDraftIsOneStep() throws Exception {
        window.newPlan();
        ((PlanFormViewModel) window.pageProperty().get()).mistakeProperty().set(TYPED);
        awaitDraftOnDisk(draft -> TYPED.equals(draft.fields().get("mistake")));

        JournalViewModel next = startWindow();
        assertNotNull(next.draftOfferProperty().get());
        next.discardDraft();

        assertNull(next.draftOfferProperty().get());
        awaitNoDraft();
        next.closeDrafts();
    }

    @Test
    void leavingTheFormWithoutSavingLetsItsDraftGo() throws Exception {
        window.newPlan();
        ((PlanFormViewModel) window.pageProperty().get()).mistakeProperty().set(TYPED);
        awaitDraftOnDisk(draft -> true);

        window.showLadders();
        window.leaveForm();

        awaitNoDraft();
    }

    @Test
    void anUntouchedFormLeavesADraftFromLastTimeAlone() throws Exception {
        window.newPlan();
        ((PlanFormViewModel) window.pageProperty().get()).mistakeProperty().set(TYPED);
        awaitDraftOnDisk(draft -> true);

        JournalViewModel next = startWindow();
        next.newPlan();
        next.showLadders();
        WaitForAsyncUtils.sleep(DRAFT_WAIT_MS, TimeUnit.MILLISECONDS);

        assertTrue(session.drafts().find().isPresent(), "an unanswered draft was removed");
        next.closeDrafts();
    }

    @Test
    void aReflectionDraftGoesBackIntoTheReflectionOfItsExposure() throws Exception {
        Exposure planned = session.planner().plan(PlanInput.of("Leave a typo in the chat"));
        window.showReflection(planned);
        ReflectionViewModel form = (ReflectionViewModel) window.pageProperty().get();
        form.learnedProperty().set("Nobody keeps score of my typos.");
        form.outcomeProperty().set(Outcome.PARTLY);
        awaitDraftOnDisk(draft -> draft.fields().get("outcome").equals("PARTLY"));

        JournalViewModel next = startWindow();
        next.resumeDraft();

        ReflectionViewModel resumed = assertInstanceOf(ReflectionViewModel.class,
                next.pageProperty().get());
        assertEquals(planned.id(), resumed.exposure().id());
        assertEquals("Nobody keeps score of my typos.", resumed.learnedProperty().get());
        assertEquals(Outcome.PARTLY, resumed.outcomeProperty().get());
        next.closeDrafts();
    }

    @Test
    void aDraftForAnExposureNoLongerThereStaysOfferedWithAWord() throws Exception {
        Exposure planned = session.planner().plan(PlanInput.of("Leave a typo in the chat"));
        window.showReflection(planned);
        ((ReflectionViewModel) window.pageProperty().get()).learnedProperty().set("Kept words");
        awaitDraftOnDisk(draft -> true);
        session.planner().delete(session.planner().askToDelete(planned.id()));

        JournalViewModel next = startWindow();
        next.resumeDraft();

        assertNotNull(next.draftOfferProperty().get());
        assertTrue(next.messageProperty().get().contains("no longer in the journal"));
        assertTrue(session.drafts().find().isPresent());
        next.closeDrafts();
    }

    @Test
    void aDraftThatCannotBeKeptIsToldInTheWindowsLanguage() throws Exception {
        Files.writeString(folder.resolve("drafts"), "a file where the drafts folder would go");
        window.newPlan();
        PlanFormViewModel form = (PlanFormViewModel) window.pageProperty().get();
        Texts.use(Locale.GERMAN);
        try {
            form.mistakeProperty().set(TYPED);
            window.closeDrafts(); // writes what is waiting now, and tells how it went

            assertTrue(form.draftNoteProperty().get().startsWith("Was du gerade schreibst, konnte"
                    + " nicht als Entwurf aufbewahrt werden ("), form.draftNoteProperty().get());
            assertTrue(form.draftNoteProperty().get().endsWith("Es steht noch im Formular."));
            assertEquals(TYPED, form.mistakeProperty().get());
        } finally {
            Texts.use(Locale.ENGLISH);
        }
    }

    @Test
    void theDraftIsPrivateToItsOwner() throws Exception {
        window.newPlan();
        ((PlanFormViewModel) window.pageProperty().get()).mistakeProperty().set(TYPED);
        awaitDraftOnDisk(draft -> true);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path drafts = folder.resolve("drafts");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(drafts)));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(drafts.resolve("journal.db.json"))));
        }
    }

    /** Long enough for a draft the keeper was going to write to have been written. */
    private static final long DRAFT_WAIT_MS = 1_500;

    private JournalViewModel startWindow() {
        JournalViewModel started = new JournalViewModel(session, new SameThreadTaskRunner());
        started.load();
        return started;
    }

    private Draft awaitDraftOnDisk(java.util.function.Predicate<Draft> complete) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> session.drafts().find().filter(complete).isPresent());
        return session.drafts().find().orElseThrow();
    }

    private void awaitNoDraft() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.drafts().find().isEmpty());
        assertFalse(Files.exists(folder.resolve("drafts").resolve("journal.db.json")));
    }
}
