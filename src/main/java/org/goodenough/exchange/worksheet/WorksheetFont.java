package org.goodenough.exchange.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one typeface of a worksheet, embedded in the file (only the letters used), so accented
 * and non-Latin text prints wherever the file is opened. Liberation Sans comes inside PDFBox
 * (SIL Open Font License). A character it has no letter for (an emoji, Chinese) prints as a
 * small open box, and the rest of the text prints as written.
 */
final class WorksheetFont {

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Stands in for a character the font lacks: the replacement character, else a box, else "?". */
    private static final int[] STAND_INS = {0xFFFD, 0x25A1, '?'};

    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final String standIn;

    private WorksheetFont(PDType0Font font) {
        this.font = font;
        int chosen = '?';
        for (int each : STAND_INS) {
            if (has(each)) {
                chosen = each;
                break;
            }
        }
        this.standIn = new String(Character.toChars(chosen));
    }

    static WorksheetFont embedIn(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IOException("The worksheet font is missing from this build");
            }
            return new WorksheetFont(PDType0Font.load(document, in, true));
        }
    }

    PDType0Font pdf() {
        return font;
    }

    /**
     * The text as it can print on one line: line breaks and other control characters become
     * spaces, and each character without a letter in the font becomes the stand-in.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(code -> {
            if (Character.isISOControl(code) || Character.isWhitespace(code)) {
                out.append(' ');
            } else if (Character.getType(code) == Character.FORMAT) {
                // Joiners and direction marks have no shape of their own; leave them out.
                return;
            } else if (has(code)) {
                out.appendCodePoint(code);
            } else {
                out.append(standIn);
            }
        });
        return out.toString();
    }

    /** The width of printable text at {@code size} points. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return printable.length() * size * 0.6f;
        }
    }

    private boolean has(int code) {
        return known.computeIfAbsent(code, each -> {
            try {
                font.encode(new String(Character.toChars(each)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
