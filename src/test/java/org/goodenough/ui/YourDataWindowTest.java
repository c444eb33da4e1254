package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.Backup;
import org.goodenough.store.BackupKind;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.data.YourDataView;
import org.goodenough.ui.data.YourDataViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Your data" through the window: export, import after seeing what it adds, a backup made
 * and restored; and a damaged journal brought back from its newest whole backup.
 */
class YourDataWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void exportImportBackUpAndRestoreThroughTheWindow() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        Path otherExport = exportOfOneStep("Hum out of tune in the lift");
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showData");
        window.await("#dataPage");
        window.reach("#backUpNow");
        window.waitFor(() -> backups().getItems().stream()
                .anyMatch(b -> ((Backup) b).kind() == BackupKind.MANUAL));

        // The page is scrolled to the backups: scroll back to the format, as a person would.
        window.reach("#exportFormat");
        window.clickOn(ExportFormat.CSV.label());
        Path csv = folder.resolve("journal.csv");
        // Export pressed from the keyboard; the file is named here instead of in the system's
        // dialog. The button is off while the file is written, and the keys come back to it.
        Node export = window.await("#export");
        window.interact(() -> {
            export.requestFocus();
            model().export(csv);
        });
        window.waitFor(() -> Files.exists(csv));
        assertTrue(Files.readString(csv).startsWith("\uFEFFid,ladder,repeatOf"));
        window.assertShows("Exported to " + csv + ".");
        window.waitFor(() -> window.focusOwner() == export);

        window.interact(() -> model().prepareImport(otherExport));
        window.waitFor(() -> window.shows("The file holds 1 exposure. All of it is new to your"
                + " journal: 1 exposure."));
        // Import it, from the keyboard: its row goes while the file is imported, and the keys
        // go to Import an export…, not down the page to the next button there is.
        window.interact(() -> window.lookup("#importNow").query().requestFocus());
        window.push(KeyCode.SPACE);
        window.waitFor(() -> window.shows("Imported 1 exposure."));
        window.waitFor(() -> window.keysOn("chooseImport"));
        window.waitFor(() -> window.shows("Hum out of tune in the lift"));

        // The same file again adds nothing: it is said, with nothing to confirm, and not kept.
        window.interact(() -> model().prepareImport(otherExport));
        window.waitFor(() -> window.shows("The file holds 1 exposure. Your journal has all of it"
                + " already, so importing would add nothing."));
        assertFalse(shown(window.lookup("#importNow").query()), "no Import it to press");
        assertNull(model().previewProperty().get());

        window.interact(() -> backups().getSelectionModel().select(0));
        window.reach("#restoreBackup");
        window.clickOn("Restore it");
        window.await("#welcome");
        window.waitFor(() -> !window.shows("Hum out of tune in the lift"));
        try (Stream<Path> kept = Files.list(folder.resolve("backups"))) {
            List<String> names = kept.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names::toString);
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-manual.sqlite")), names::toString);
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-before-restore.sqlite")),
                    names::toString);
        }
    }

    @Test
    void aDamagedJournalIsSetAsideAndItsNewestWholeCopyOpens() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.backups().backUpNow();
        }
        byte[] whole = Files.readAllBytes(journal);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        byte[] damaged = Files.readAllBytes(journal);
        assertFalse(whole.length == damaged.length);

        window.start(journal);
        window.await("#restoreOffer");
        window.clickOn("#restoreNewest");
        window.await("#welcome");
        window.stop();
        try (JournalSession restored = JournalSession.open(journal, Clock.systemDefaultZone())) {
            assertEquals(16, restored.planner().count(JournalSection.DONE), "every exposure is back");
        }

        try (Stream<Path> kept = Files.list(folder.resolve("backups"))) {
            Path setAside = kept.filter(p -> p.getFileName().toString().endsWith("-damaged.sqlite"))
                    .findFirst().orElseThrow();
            assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(setAside)),
                    "the damaged journal is kept exactly as it was");
        }
    }

    /** A German window refuses a spoiled export in German, naming the entry and the field. */
    @Test
    void aSpoiledImportIsRefusedInTheWindowsLanguage() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(LanguageChoice.GERMAN));
        Path spoiled = exportOfOneStep("Hum out of tune in the lift");
        Files.writeString(spoiled, Files.readString(spoiled).replace("\"status\": \"PLANNED\"",
                "\"status\": \"FINISHED\""));
        window.start(folder.resolve("journal.db"), settings);
        window.await("#welcome");
        window.clickOn("#showData");
        window.await("#dataPage");

        window.interact(() -> model().prepareImport(spoiled));
        window.waitFor(() -> !model().problemProperty().get().isEmpty());
        String said = model().problemProperty().get();
        assertTrue(said.matches("Zeile \\d+, Spalte \\d+ \\(exposures\\[0]\\.status\\): „FINISHED“ ist"
                + " keiner der Werte PLANNED, DONE, NOT_NOW, LET_GO\\."), said);
        window.assertShows(said);
    }

    /** The JSON export of another journal that holds one planned step. */
    private Path exportOfOneStep(String mistake) {
        Path export = folder.resolve("other.json");
        try (JournalSession session = JournalSession.open(folder.resolve("other.db"),
                Clock.systemDefaultZone())) {
            session.planner().plan(PlanInput.of(mistake));
            session.export().export(ExportFormat.JSON, null, export, Progress.NONE);
        }
        return export;
    }

    /** Whether the node and every node holding it are shown. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private YourDataViewModel model() {
        return window.lookup(node -> node instanceof YourDataView).queryAs(YourDataView.class)
                .model();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> backups() {
        return window.lookup("#backups").queryAs(ListView.class);
    }
}
