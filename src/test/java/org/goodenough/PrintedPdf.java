package org.goodenough;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as tests read it back: its text, its fonts and its pages' sizes. */
public final class PrintedPdf {

    private final String text;
    private final List<PDFont> fonts = new ArrayList<>();
    private final List<float[]> sizes = new ArrayList<>();

    private PrintedPdf(PDDocument document) throws IOException {
        this.text = new PDFTextStripper().getText(document);
        for (PDPage page : document.getPages()) {
            sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
    }

    public static PrintedPdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PrintedPdf(document);
        }
    }

    /** The text with every run of white space, a line break included, as one space. */
    public String flowing() {
        return text.replaceAll("\\s+", " ");
    }

    public String text() {
        return text;
    }

    public List<PDFont> fonts() {
        return fonts;
    }

    public int pages() {
        return sizes.size();
    }

    /** Each page's width and height, in points. */
    public List<float[]> sizes() {
        return sizes;
    }
}
