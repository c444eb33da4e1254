package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.goodenough.PrintedPdf;
import org.goodenough.Samples;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;
import org.goodenough.domain.TextLimits;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.store.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worksheets written from real journals and read back with PDFBox's own text extraction:
 * every field a record holds is found again, skipped ones leave room instead of "null", the
 * font is embedded, the paper is the one chosen, long text and long ladders flow over pages,
 * and a cancel leaves nothing behind.
 */
class WorksheetPrintingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"),
            ZoneId.of("Europe/Berlin"));
    private static final Instant T = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    Path folder;

    private long fullId;
    private long bareId;
    private long ladderId;

    private JournalSession journal(int rungs) {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            Ladder ladder = journal.ladders().add("Speaking up", "If I say something imperfect,"
                    + " people will think I am incompetent. " + Samples.ACCENTED, Percent.of(90), T);
            journal.ladders().rateBelief(ladder.id(), Percent.of(70), T.plusSeconds(86_400));
            ladderId = ladder.id();
            Exposure full = journal.exposures().add(Samples.fullPlan(ladder.id()), null, T);
            journal.exposures().updateDoing(full.id(), ExposureStatus.DONE, T.plusSeconds(90_000),
                    new Distress(Suds.of(30), Suds.of(65), Suds.of(10)), T.plusSeconds(90_000));
            journal.exposures().saveReflection(full.id(),
                    Samples.fullReflection(T.plusSeconds(93_600)), T.plusSeconds(93_600));
            fullId = full.id();
            bareId = journal.exposures().add(new Plan("Leave one dish unwashed", null, null, null,
                    null, null, null, null, null, null, null, null, null), null, T).id();
            for (int i = 1; i <= rungs; i++) {
                journal.exposures().add(new Plan("Rung number " + i + " of the long ladder, a step"
                        + " a little harder than the one before", null, null, null, null, null,
                        null, null, Suds.of(Math.min(100, i)), null, null, null, ladder.id()),
                        null, T.plusSeconds(i));
            }
        }
        return JournalSession.open(file, CLOCK);
    }

    @Test
    void aFilledWorksheetHoldsEveryFieldOfTheRecord() throws Exception {
        try (JournalSession session = journal(0)) {
            Path file = folder.resolve("worksheet.pdf");
            session.worksheets().exposure(fullId, PaperSize.A4, file, Progress.NONE);

            String text = PrintedPdf.read(file).flowing();
            Plan plan = Samples.fullPlan(null);
            Reflection reflection = Samples.fullReflection(T);
            for (String expected : List.of(plan.mistake(), "Communication", "Medium",
                    "24 November 2026, 09:30", plan.place(), plan.fearedOutcome(), "70 %", "55 / 100",
                    plan.safetyBehaviour(), plan.copingPlan(), "Status: Done, on 2 October 2026",
                    "30 / 100", "65 / 100", "10 / 100", reflection.whatHappened(),
                    reflection.worse(), reflection.better(), reflection.learned(), "20 %",
                    "Speaking up")) {
                assertTrue(text.contains(expected), () -> "missing: " + expected + "\nin: " + text);
            }
            // Emoji have no letter in the font: a stand-in prints, and the words around them.
            for (String around : List.of("I can handle this. Sent it", "with a typo — and nobody minded",
                    "Tight chest for a few minutes, then it passed. Sent it")) {
                assertTrue(text.contains(around), () -> "missing: " + around + "\nin: " + text);
            }
            assertTrue(text.contains("Did what I feared happen? No"), text);
            assertFalse(text.contains("😅"));
            assertFalse(text.toLowerCase(Locale.ROOT).contains("null"), text);
        }
    }

    @Test
    void skippedFieldsLeaveRoomToWriteNeverNull() throws Exception {
        try (JournalSession session = journal(0)) {
            Path file = folder.resolve("bare.pdf");
            session.worksheets().exposure(bareId, PaperSize.LETTER, file, Progress.NONE);

            String text = PrintedPdf.read(file).flowing();
            assertTrue(text.contains("Leave one dish unwashed"));
            assertTrue(text.contains("Status: Planned"));
            for (String question : questions()) {
                assertTrue(text.contains(question), () -> "missing: " + question);
            }
            assertTrue(text.contains("Low Medium High"), "the stakes to circle");
            assertFalse(text.toLowerCase(Locale.ROOT).contains("null"), text);
        }
    }

    @Test
    void aBlankWorksheetAsksEveryQuestionWithScalesToMark() throws Exception {
        try (JournalSession session = journal(0)) {
            Path file = folder.resolve("blank.pdf");
            session.worksheets().blank(PaperSize.A4, file, Progress.NONE);

            PrintedPdf pdf = PrintedPdf.read(file);
            String text = pdf.flowing();
            for (String question : questions()) {
                assertTrue(text.contains(question), () -> "missing: " + question);
            }
            assertTrue(text.contains("(mark the line)"));
            assertTrue(text.contains("0 10 20 30 40 50 60 70 80 90 100"), text);
            assertTrue(text.contains("No Partly Yes"), "the outcome to circle");
            assertTrue(text.contains("not a replacement for therapy"));
            assertTrue(pdf.pages() >= 2, "room to write by hand takes more than a page");
        }
    }

    @Test
    void theFontIsEmbeddedOnEveryPage() throws Exception {
        try (JournalSession session = journal(40)) {
            Path exposure = folder.resolve("exposure.pdf");
            Path ladder = folder.resolve("ladder.pdf");
            Path blank = folder.resolve("blank.pdf");
            session.worksheets().exposure(fullId, PaperSize.A4, exposure, Progress.NONE);
            session.worksheets().ladder(ladderId, PaperSize.A4, ladder, Progress.NONE);
            session.worksheets().blank(PaperSize.A4, blank, Progress.NONE);
            for (Path file : List.of(exposure, ladder, blank)) {
                PrintedPdf pdf = PrintedPdf.read(file);
                assertFalse(pdf.fonts().isEmpty());
                for (PDFont font : pdf.fonts()) {
                    assertTrue(font.isEmbedded(), () -> font.getName() + " in " + file);
                }
            }
        }
    }

    @Test
    void everyPageIsOnThePaperChosen() throws Exception {
        try (JournalSession session = journal(0)) {
            for (PaperSize paper : PaperSize.values()) {
                Path file = folder.resolve(paper.name() + ".pdf");
                session.worksheets().blank(paper, file, Progress.NONE);
                for (float[] size : PrintedPdf.read(file).sizes()) {
                    assertArrayEquals(new float[] {paper.width(), paper.height()}, size, 0.01f);
                }
            }
            assertArrayEquals(new float[] {595.28f, 841.89f},
                    new float[] {PaperSize.A4.width(), PaperSize.A4.height()}, 0.01f);
            assertArrayEquals(new float[] {612, 792},
                    new float[] {PaperSize.LETTER.width(), PaperSize.LETTER.height()}, 0.01f);
        }
    }

    @Test
    void theChosenPaperIsRememberedAndTheLocaleGivesTheFirstChoice() throws Exception {
        assertEquals(PaperSize.LETTER, PaperSize.usualFor(Locale.US));
        assertEquals(PaperSize.LETTER, PaperSize.usualFor(Locale.CANADA_FRENCH));
        assertEquals(PaperSize.LETTER, PaperSize.usualFor(new Locale("es", "MX")));
        assertEquals(PaperSize.A4, PaperSize.usualFor(Locale.GERMANY));
        assertEquals(PaperSize.A4, PaperSize.usualFor(Locale.UK));
        assertEquals(PaperSize.A4, PaperSize.usualFor(Locale.ROOT));
        try (JournalSession session = journal(0)) {
            session.worksheets().choosePaper(PaperSize.LETTER);
            assertEquals(PaperSize.LETTER, session.worksheets().paper());
            session.worksheets().choosePaper(PaperSize.A4);
            assertEquals(PaperSize.A4, session.worksheets().paper());
        }
    }

    @Test
    void aWorksheetPrintedWhileTheWindowSpeaksGermanIsInGerman() throws Exception {
        Sentences.use(Locale.GERMAN);
        try (JournalSession session = journal(1)) {
            Path filled = folder.resolve("ausgefuellt.pdf");
            session.worksheets().exposure(fullId, PaperSize.A4, filled, Progress.NONE);
            String text = PrintedPdf.read(filled).flowing();
            for (String expected : List.of("Arbeitsblatt für einen geplanten Fehler", "Der Plan",
                    "Kommunikation", "Mittel", "24. November 2026, 09:30",
                    "Stand: Gemacht, am 2. Oktober 2026", "Zurückschauen",
                    "Ist passiert, was ich befürchtet habe? Nein", "Was habe ich gelernt?",
                    "kein Ersatz für eine Therapie", "Seite 1 von")) {
                assertTrue(text.contains(expected), () -> "missing: " + expected + "\nin: " + text);
            }
            assertFalse(text.contains("Looking back"), text);

            Path blank = folder.resolve("leer.pdf");
            session.worksheets().blank(PaperSize.A4, blank, Progress.NONE);
            String empty = PrintedPdf.read(blank).flowing();
            assertTrue(empty.contains("Anspannung auf dem Höhepunkt (auf der Linie markieren)"), empty);
            assertTrue(empty.contains("Niedrig Mittel Hoch"), "the stakes to circle, in German");

            Path ladder = folder.resolve("leiter.pdf");
            session.worksheets().ladder(ladderId, PaperSize.A4, ladder, Progress.NONE);
            String rungs = PrintedPdf.read(ladder).flowing();
            assertTrue(rungs.contains("Wie stark ich daran geglaubt habe: 90 % (1. Oktober 2026) → 70 %"),
                    rungs);
            assertTrue(rungs.contains("Erwartete Anspannung 55 / 100 · Einsatz: mittel · einmal gemacht"),
                    rungs);
            assertTrue(rungs.contains("Stufen, von der leichtesten zur gefürchtetsten"), rungs);
        } finally {
            Sentences.use(Locale.ENGLISH);
        }
    }

    @Test
    void aLongLadderFlowsOntoSeveralPagesWithItsRungsInOrder() throws Exception {
        try (JournalSession session = journal(60)) {
            Path file = folder.resolve("ladder.pdf");
            session.worksheets().ladder(ladderId, PaperSize.LETTER, file, Progress.NONE);

            PrintedPdf pdf = PrintedPdf.read(file);
            String text = pdf.flowing();
            assertTrue(pdf.pages() >= 3, "60 rungs on " + pdf.pages() + " pages");
            assertTrue(text.contains("Speaking up"));
            assertTrue(text.contains("people will think I am incompetent. " + Samples.ACCENTED), text);
            assertTrue(text.contains("70 %"), "the belief's strength now");
            assertTrue(text.contains("How strongly I held it: 90 % (1 October 2026) → 70 %"), text);
            assertTrue(text.contains("Expected distress 55 / 100 · medium stakes · done once · latest"
                    + " peak 65 / 100 · likelihood now 20 % · what I feared happened: no"), text);
            int last = -1;
            for (int i = 1; i <= 60; i++) {
                int at = text.indexOf("Rung number " + i + " of the long ladder");
                assertTrue(at > last, "rung " + i + " in its place");
                last = at;
            }
            assertTrue(text.contains("Expected distress 60 / 100 · not done yet"));
        }
    }

    @Test
    void longTextWrapsAndFlowsOverPagesAndOtherScriptsPrintOrStandIn() throws Exception {
        String word = "Perfectionism ";
        String longText = word.repeat(TextLimits.LONG / word.length()).strip() + " THE END";
        String unbroken = "x".repeat(400);
        try (JournalSession session = journal(0)) {
            Exposure exposure = session.planner().plan(new PlanInput(unbroken + " 中文 " + Samples.EMOJI,
                    null, null, "", "", Samples.RIGHT_TO_LEFT, longText, "", "", "", "", "", null));
            Path file = folder.resolve("long.pdf");
            session.worksheets().exposure(exposure.id(), PaperSize.A4, file, Progress.NONE);

            PrintedPdf pdf = PrintedPdf.read(file);
            String text = pdf.flowing();
            assertTrue(pdf.pages() >= 5, "a long answer on " + pdf.pages() + " pages");
            assertTrue(text.contains("Perfectionism Perfectionism THE END"));
            assertTrue(text.contains(Samples.RIGHT_TO_LEFT), "Hebrew reads back in its order");
            assertTrue(text.contains("□□ Sent it"), "a stand-in for each character the font lacks");
            assertTrue(text.replace(" ", "").contains(unbroken), "a word wider than the page is"
                    + " broken over lines, every letter kept");
        }
    }

    @Test
    void aCancelLeavesNoFileAndAnOlderOneUntouched() throws Exception {
        try (JournalSession session = journal(30)) {
            Path fresh = folder.resolve("fresh.pdf");
            Path older = folder.resolve("older.pdf");
            Files.writeString(older, "an older worksheet");
            List<String> before = names();
            for (Path target : List.of(fresh, older)) {
                List<Long> heard = new ArrayList<>();
                Progress stopAtThird = (done, total) -> {
                    heard.add(done);
                    if (heard.size() == 3) {
                        throw new CancellationException("Stopped at the person's wish");
                    }
                };
                assertThrows(CancellationException.class, () ->
                        session.worksheets().ladder(ladderId, PaperSize.A4, target, stopAtThird));
                assertThrows(CancellationException.class, () ->
                        session.worksheets().exposure(fullId, PaperSize.A4, target, (done, total) -> {
                            throw new CancellationException("Stopped at once");
                        }));
            }
            assertFalse(Files.exists(fresh));
            assertEquals("an older worksheet", Files.readString(older));
            assertEquals(before, names(), "no hidden part of a file is left beside them");
        }
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(each -> each.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> questions() {
        return List.of("The mistake I will make on purpose", "Area of life", "Stakes", "When",
                "Where, or with whom", "What I fear will happen", "How likely it seems, 0–100 %",
                "How distressing I expect it to be", "The safety behaviour I will drop",
                "My coping plan", "My self-compassion line", "Distress just before",
                "Distress at its peak", "Distress afterwards", "What actually happened",
                "Did what I feared happen?", "What did I feel?", "What was worse than I imagined?",
                "What was better than I imagined?", "What did I learn?",
                "How likely what I feared seems now");
    }
}
