package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goodenough.PrintedPdf;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.worksheet.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints a worksheet for one of the demo journal's exposures, finds its words again, and
 * renders its first page as the picture in docs/ (refresh it with
 * {@code mvn -q test -Dtest=WorksheetPictureTest -Dscreenshots.dir=docs/images}).
 */
class WorksheetPictureTest {

    @TempDir
    Path folder;

    @Test
    void renderAWorksheetOfTheDemoJournal() throws Exception {
        Path pdf = folder.resolve("worksheet.pdf");
        try (JournalSession demo = DemoJournal.open(Clock.systemDefaultZone())) {
            Exposure design = demo.planner().list(JournalSection.DONE, 0, 100).stream()
                    .filter(e -> e.plan().mistake().startsWith("Share a half-finished design"))
                    .findFirst().orElseThrow();
            demo.worksheets().exposure(design.id(), PaperSize.A4, pdf, Progress.NONE);
            String text = PrintedPdf.read(pdf).flowing();
            for (String said : List.of(design.plan().mistake(), design.plan().fearedOutcome(),
                    design.reflection().whatHappened(), design.reflection().learned())) {
                assertTrue(text.contains(said), () -> "missing: " + said);
            }
        }
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(page, "png", out.resolve("worksheet.png").toFile());
        }
        assertTrue(Files.size(out.resolve("worksheet.png")) > 10_000);
    }
}
