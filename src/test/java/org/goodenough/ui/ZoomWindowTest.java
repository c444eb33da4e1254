package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.goodenough.planner.AppPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation zoom in the real window: the keys and the menu step it between 100 % and 200 %,
 * text and controls really grow, dialogs and the problem page follow, and the zoom is kept in
 * the app's settings file, never in the journal.
 */
class ZoomWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void keysAndTheMenuStepTheZoomAndStopAtBothEnds() throws Exception {
        window.start(readJournal(), folder.resolve("settings.json"));
        window.await("#welcome");
        assertZoom(100);

        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertZoom(110);
        window.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        assertZoom(125);
        window.push(KeyCode.CONTROL, KeyCode.ADD);
        assertZoom(150);
        window.push(KeyCode.CONTROL, KeyCode.PLUS);
        assertZoom(175);
        window.clickOn("#zoom").clickOn("#zoomIn");
        assertZoom(200);
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertZoom(200);
        window.clickOn("#zoom");
        assertTrue(window.lookup("#zoomIn").query().isDisabled() || menuItemDisabled("#zoomIn"));
        window.push(KeyCode.ESCAPE);

        window.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertZoom(175);
        window.push(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertZoom(150);
        window.clickOn("#zoom").clickOn("#zoomOut");
        assertZoom(125);
        window.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertZoom(100);
        window.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertZoom(100);
        window.clickOn("#zoom").clickOn("#zoom150");
        assertZoom(150);
        window.clickOn("#zoom").clickOn("#actualSize");
        assertZoom(100);
    }

    @Test
    void theKeysWorkWhileTypingInAFormAndLeaveTheTextAlone() throws Exception {
        window.start(readJournal(), folder.resolve("settings.json"));
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", "Leave the bed unmade");

        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.push(KeyCode.CONTROL, KeyCode.MINUS);
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);

        assertZoom(110);
        assertEquals("Leave the bed unmade", window.text("#mistake"));
    }

    @Test
    void textAndControlsReallyGrow() throws Exception {
        window.start(readJournal(), folder.resolve("settings.json"));
        window.await("#welcome");
        double titleAt100 = font(window.lookup(".app-title").query());
        // The welcome page's button: the toolbar's may show its icon only in a narrow window.
        double buttonAt100 = window.lookup("#welcomePlan").<Button>query().getHeight();
        double buttonWidthAt100 = window.lookup("#welcomePlan").<Button>query().getWidth();
        window.interact(() -> window.stage().setWidth(1100));
        WaitForAsyncUtils.waitForFxEvents();
        double listsAt100 = window.lookup(".sections").query().getBoundsInLocal().getWidth();

        window.clickOn("#zoom").clickOn("#zoom200");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(18, titleAt100, 0.01);
        assertEquals(36, font(window.lookup(".app-title").query()), 0.01);
        Button plan = window.lookup("#welcomePlan").query();
        assertEquals(2 * buttonAt100, plan.getHeight(), 2, "the button's height doubles");
        assertEquals(2 * buttonWidthAt100, plan.getWidth(), 4, "the button's width doubles");
        double lists = window.lookup(".sections").query().getBoundsInLocal().getWidth();
        // A third of 1100 at the usual size; at least twice the least (220) at 200 %.
        assertTrue(lists > listsAt100 && lists >= 2 * 220,
                "the lists grow with the zoom: " + listsAt100 + " → " + lists);
    }

    @Test
    void theZoomIsKeptInTheSettingsFileAndANewStartBeginsAtIt() throws Exception {
        Path journal = readJournal();
        Path settings = folder.resolve("settings.json");
        window.start(journal, settings);
        window.await("#welcome");
        // The day's backup is made after opening; the journal is left alone from then on.
        window.waitFor(() -> Files.isDirectory(journal.resolveSibling("backups"))
                && Files.list(journal.resolveSibling("backups"))
                        .anyMatch(file -> !file.getFileName().toString().startsWith(".")));
        byte[] journalBefore = digest(journal);

        window.clickOn("#zoom").clickOn("#zoom150");
        window.waitFor(() -> Files.exists(settings)
                && AppPreferences.at(settings).settings().zoomPercent() == 150);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(settings)));
        }
        assertArrayEquals(journalBefore, digest(journal), "changing the zoom never writes the journal");
        window.stop();

        window.start(journal, settings);
        // From the first frame, before the journal has opened.
        assertEquals(21, rootFont(), 0.01);
        window.await("#welcome");
        assertZoom(150);
        assertEquals(27, font(window.lookup(".app-title").query()), 0.01);
    }

    @Test
    void aDamagedSettingsFileStartsAtTheUsualSizeWithoutAWord() throws Exception {
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, "{\"zoomPercent\": 1");
        window.start(readJournal(), settings);
        window.await("#welcome");

        assertZoom(100);
        assertEquals(1, Window.getWindows().size(), "no dialog");
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.waitFor(() -> AppPreferences.at(settings).settings().zoomPercent() == 110);
    }

    @Test
    void dialogsAndTheProblemPageAreZoomedToo() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).save(new AppPreferences.AppSettings(200));
        Path notAJournal = Files.writeString(folder.resolve("notes.db"), "Just some notes");
        window.start(notAJournal, settings);

        Label problem = window.await("#openingProblem");
        assertEquals(28, font(problem), 0.01);
        window.stop();

        window.start(readJournal(), settings);
        window.await("#welcome");
        window.push(KeyCode.F1);
        window.waitFor(() -> Window.getWindows().size() == 2);
        Stage note = (Stage) Window.getWindows().stream()
                .filter(shown -> shown != window.stage()).findFirst().orElseThrow();
        Label text = (Label) note.getScene().getRoot().lookup(".content");
        assertEquals(2 * Font.getDefault().getSize(), font(text), 0.01);
        assertTrue(note.getWidth() >= 900, "the note is as wide as its text needs: " + note.getWidth());
        window.push(KeyCode.ENTER);
    }

    /** A journal that has been opened once, with the first-start note read. */
    @Test
    void largerPressedToTheLargestLeavesTheKeysOnTheSizeNotOnActualSize() throws Exception {
        window.start(readJournal(), folder.resolve("settings.json"));
        window.await("#welcome");
        window.clickOn("#help").clickOn("#showSettings");
        window.await("#settingsPage");
        window.interact(() -> window.lookup("#settingsZoomIn").query().requestFocus());

        for (int percent : new int[] {110, 125, 150, 175, 200}) {
            window.push(KeyCode.SPACE);
            assertZoom(percent);
        }
        window.waitFor(() -> window.keysOn("settingsZoom"));
        // One Space too many leaves the zoom as it is.
        window.push(KeyCode.SPACE);
        assertZoom(200);
    }

    private Path readJournal() {
        return SampleJournal.emptyNoteRead(folder);
    }

    private void assertZoom(int percent) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zoom " + percent + " %", window.lookup("#zoom").<MenuButton>query().getText());
        assertEquals(14 * percent / 100.0, rootFont(), 0.01);
    }

    private boolean menuItemDisabled(String id) {
        return window.lookup("#zoom").<MenuButton>query().getItems().stream()
                .filter(item -> id.equals("#" + item.getId())).findFirst().orElseThrow().isDisable();
    }

    /** The font size every em in app.css is measured against: a plain label's. */
    private double rootFont() {
        Label probe = new Label("probe");
        window.interact(() -> {
            javafx.scene.Parent root = window.stage().getScene().getRoot();
            if (root instanceof javafx.scene.layout.Pane pane) {
                pane.getChildren().add(probe);
                probe.applyCss();
                pane.getChildren().remove(probe);
            }
        });
        return probe.getFont().getSize();
    }

    private static double font(Node node) {
        return ((javafx.scene.control.Labeled) node).getFont().getSize();
    }

    private static byte[] digest(Path journal) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = journal.resolveSibling(journal.getFileName() + suffix);
            if (Files.exists(file)) {
                sha.update(Files.readAllBytes(file));
            }
        }
        return sha.digest();
    }
}
