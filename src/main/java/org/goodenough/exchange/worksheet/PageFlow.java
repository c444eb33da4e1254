package org.goodenough.exchange.worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages of one worksheet as they fill from top to bottom: where the next line goes, a new
 * page when the room runs out, and the page numbers at the foot of each page at the end.
 */
final class PageFlow implements AutoCloseable {

    static final float MARGIN = 56;
    private static final float FOOT = 64;
    private static final float FOOTER_SIZE = 8;

    private final PDDocument document = new PDDocument();
    private final PaperSize paper;
    private final WorksheetWords words;
    private final WorksheetFont font;
    private final Lines lines;
    private PDPageContentStream content;
    private float y;

    PageFlow(PaperSize paper, String title, WorksheetWords words) throws IOException {
        this.paper = paper;
        this.words = words;
        this.font = WorksheetFont.embedIn(document);
        this.lines = new Lines(font);
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setCreator("Good Enough");
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return paper.width() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float amount) {
        y -= amount;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void room(float height) {
        if (y - height < FOOT) {
            newPage();
        }
    }

    List<String> wrap(String text, float size, float width) {
        return lines.wrap(text, size, width);
    }

    float textWidth(String text, float size) {
        return font.width(font.printable(text), size);
    }

    /** Draws one line, already wrapped, with its baseline at {@code baseline}. */
    void line(String line, float x, float baseline, float size, Ink ink, boolean strong) {
        try {
            content.beginText();
            content.setFont(font.pdf(), size);
            content.setNonStrokingColor(ink.red, ink.green, ink.blue);
            if (strong) {
                // The one typeface has no bold; a hairline outline gives headings their weight.
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(ink.red, ink.green, ink.blue);
                content.setLineWidth(size * 0.035f);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.setRenderingMode(RenderingMode.FILL);
            content.endText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The drawing of the page being filled, for rules and marks. */
    PDPageContentStream drawing() {
        return content;
    }

    void stroke(Ink ink, float lineWidth) throws IOException {
        content.setStrokingColor(ink.red, ink.green, ink.blue);
        content.setLineWidth(lineWidth);
        content.stroke();
    }

    void fill(Ink ink) throws IOException {
        content.setNonStrokingColor(ink.red, ink.green, ink.blue);
        content.fill();
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = paper.height() - MARGIN;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Numbers the pages and writes the document to {@code out}, which stays open. */
    void save(OutputStream out) throws IOException {
        content.close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = foot;
                float baseline = FOOT - 30;
                line(font.printable(words.get("footer")), MARGIN, baseline, FOOTER_SIZE, Ink.MUTED, false);
                String number = font.printable(words.format("page", i + 1, count));
                line(number, paper.width() - MARGIN - font.width(number, FOOTER_SIZE), baseline,
                        FOOTER_SIZE, Ink.MUTED, false);
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
