package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.goodenough.PrintedPdf;
import org.goodenough.domain.Exposure;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.worksheet.WorksheetModel;
import org.goodenough.ui.worksheet.WorksheetPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worksheets through the window: a filled one from an exposure's page, a ladder from its page,
 * a blank one from "Your data", each on the paper chosen with a click. The file name is handed
 * to the page's view-model, as a headless test cannot drive the system's save dialog.
 */
class WorksheetWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void printAnExposureItsLadderAndABlankWorksheet() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#tabDONE");
        ListView<?> done = window.await("#listDONE");
        window.clickOn(window.from(done).lookup(".exposure-cell").<Node>query());
        String mistake = window.<Label>await("#detailTitle").getText();
        window.await("#exposureWorksheetButton");
        window.reach("#exposureWorksheetPaper");
        window.clickOn(PaperSize.LETTER.label());
        Path exposure = folder.resolve("worksheet.pdf");
        window.interact(() -> panel("#exposureWorksheet").print(exposure));
        window.waitFor(() -> window.shows("Saved the worksheet to " + exposure + ". Open it to print."));
        PrintedPdf printed = PrintedPdf.read(exposure);
        assertTrue(printed.flowing().contains(mistake.replace("…", "")), printed.flowing());
        assertTrue(printed.flowing().contains("What did I learn?"));
        assertOn(PaperSize.LETTER, printed);

        window.clickOn("#showLadders");
        window.clickOn("Visible mistakes at work");
        window.awaitText("#ladderTitle", "Visible mistakes at work");
        window.await("#ladderWorksheetButton");
        Path ladder = folder.resolve("ladder.pdf");
        window.interact(() -> panel("#ladderWorksheet").print(ladder));
        window.waitFor(() -> Files.exists(ladder));
        printed = PrintedPdf.read(ladder);
        assertTrue(printed.flowing().contains("Visible mistakes at work"));
        assertTrue(printed.flowing().contains("Rungs, from least to most feared"));
        assertOn(PaperSize.LETTER, printed);

        window.clickOn("#showData");
        window.await("#dataPage");
        window.await("#blankWorksheetButton");
        window.reach("#blankWorksheetPaper");
        window.clickOn(PaperSize.A4.label());
        Path blank = folder.resolve("blank.pdf");
        window.interact(() -> panel("#blankWorksheet").print(blank));
        window.waitFor(() -> Files.exists(blank));
        printed = PrintedPdf.read(blank);
        assertTrue(printed.flowing().contains("What was worse than I imagined?"));
        assertOn(PaperSize.A4, printed);

        window.clickOn("#help");
        window.assertShows("Print a blank worksheet…");
        window.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** A cancel heard before the first page is written leaves no file, and an older one as it was. */
    @Test
    void aCancelledWorksheetLeavesNoFile() throws Exception {
        Path older = folder.resolve("worksheet.pdf");
        Files.writeString(older, "an older worksheet");
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("UTC")))) {
            Exposure planned = session.planner().plan(PlanInput.of("Hum out of tune in the lift"));
            HeldTaskRunner tasks = new HeldTaskRunner();
            WorksheetModel model = WorksheetModel.exposure(session, tasks, Runnable::run,
                    Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("UTC")), planned.id());
            tasks.finishAll();
            assertEquals("worksheet-2026-11-23.pdf", model.suggestedName());

            model.print(older);
            assertTrue(model.work().runningProperty().get());
            model.cancel();
            tasks.finishAll();

            assertFalse(model.work().runningProperty().get());
            assertEquals("Printing was stopped; no file was written.", model.messageProperty().get());
            assertEquals("an older worksheet", Files.readString(older));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("journal.db", "worksheet.pdf"), files.map(p -> p.getFileName()
                        .toString()).filter(n -> !n.startsWith("journal.db-") && !n.startsWith(".journal"))
                        .sorted().toList());
            }
        }
    }

    private WorksheetModel panel(String query) {
        return window.lookup(query).queryAs(WorksheetPanel.class).model();
    }

    private static void assertOn(PaperSize paper, PrintedPdf printed) {
        for (float[] size : printed.sizes()) {
            assertArrayEquals(new float[] {paper.width(), paper.height()}, size, 0.01f);
        }
    }
}
