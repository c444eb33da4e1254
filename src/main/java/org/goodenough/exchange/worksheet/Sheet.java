package org.goodenough.exchange.worksheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The parts a worksheet is made of: a title, section headings, questions with their answers
 * or ruled room to write by hand, a choice to circle, and a 0–100 scale to mark.
 */
final class Sheet {

    private static final float TITLE = 19;
    private static final float HEADING = 13;
    private static final float LABEL = 9.5f;
    private static final float TEXT = 11;
    private static final float LEADING = 1.35f;
    /** Handwriting needs more room than print. */
    private static final float RULED = 24;
    private static final float SCALE_LENGTH = 320;

    private final PageFlow flow;
    private final WorksheetWords words;

    Sheet(PageFlow flow, WorksheetWords words) {
        this.flow = flow;
        this.words = words;
    }

    void title(String text) {
        paragraph(text, TITLE, Ink.ACCENT, true);
        flow.down(4);
    }

    void note(String text) {
        paragraph(text, LABEL + 0.5f, Ink.MUTED, false);
    }

    /** A section's name with a rule under it, kept on a page with the start of what follows. */
    void heading(String text) {
        flow.room(HEADING * 2 + 90);
        flow.down(HEADING * 1.4f);
        paragraph(text, HEADING, Ink.ACCENT, true);
        float rule = flow.y() - HEADING * 0.4f;
        draw(canvas -> {
            canvas.moveTo(flow.left(), rule);
            canvas.lineTo(flow.left() + flow.width(), rule);
            flow.stroke(Ink.ACCENT, 0.6f);
        });
        flow.down(HEADING * 0.4f + 2);
    }

    /** A question and its answer, or ruled lines to write one when there is none. */
    void answer(String label, String value, int blankLines) {
        boolean answered = value != null && !value.isBlank();
        flow.room(LABEL * LEADING + (answered ? TEXT * LEADING : RULED));
        label(label);
        if (answered) {
            paragraph(value, TEXT, Ink.TEXT, false);
            flow.down(6);
        } else {
            writingLines(blankLines);
        }
    }

    /** A choice: the one made, or each option in a ring-able row to circle one. */
    void choice(String label, String chosen, List<String> options) {
        if (chosen != null) {
            answer(label, chosen, 1);
            return;
        }
        flow.room(LABEL * LEADING + TEXT * 2);
        label(words.format("circleOne", label));
        flow.down(TEXT * 1.2f);
        float x = flow.left() + 4;
        for (String option : options) {
            flow.line(option, x, flow.y(), TEXT, Ink.TEXT, false);
            x += flow.textWidth(option, TEXT) + 34;
        }
        flow.down(TEXT);
    }

    /** A 0–100 scale with a tick every ten; the rating, when given, marked on it and written beside. */
    void scale(String label, Integer value, String unit) {
        flow.room(LABEL * LEADING + 40);
        label(value == null ? words.format("markTheLine", label) : label);
        flow.down(16);
        float x0 = flow.left() + 6;
        float axis = flow.y();
        draw(canvas -> {
            canvas.moveTo(x0, axis);
            canvas.lineTo(x0 + SCALE_LENGTH, axis);
            for (int tick = 0; tick <= 100; tick += 10) {
                float x = x0 + SCALE_LENGTH * tick / 100f;
                float high = tick % 50 == 0 ? 6 : 3.5f;
                canvas.moveTo(x, axis - high);
                canvas.lineTo(x, axis + high);
            }
            flow.stroke(Ink.MUTED, 0.7f);
        });
        for (int tick = 0; tick <= 100; tick += 10) {
            String number = Integer.toString(tick);
            float x = x0 + SCALE_LENGTH * tick / 100f - flow.textWidth(number, 7.5f) / 2;
            flow.line(number, x, axis - 15, 7.5f, Ink.MUTED, false);
        }
        if (value != null) {
            float x = x0 + SCALE_LENGTH * value / 100f;
            draw(canvas -> {
                circle(canvas, x, axis, 4.2f);
                flow.fill(Ink.ACCENT);
            });
            flow.line(value + unit, x0 + SCALE_LENGTH + 18, axis - 4, TEXT, Ink.TEXT, false);
        }
        flow.down(26);
    }

    /** Ruled lines to write on by hand. */
    void writingLines(int count) {
        for (int i = 0; i < count; i++) {
            flow.room(RULED);
            flow.down(RULED);
            float at = flow.y();
            draw(canvas -> {
                canvas.moveTo(flow.left(), at);
                canvas.lineTo(flow.left() + flow.width(), at);
                flow.stroke(Ink.LINE, 0.6f);
            });
        }
        flow.down(10);
    }

    /** Text wrapped to the page's width, flowing onto the next page when it is long. */
    void paragraph(String text, float size, Ink ink, boolean strong) {
        indented(text, 0, size, ink, strong);
    }

    /** Text wrapped to the width left of {@code indent}, flowing onto new pages. */
    void indented(String text, float indent, float size, Ink ink, boolean strong) {
        for (String line : flow.wrap(text, size, flow.width() - indent)) {
            flow.room(size * LEADING);
            flow.down(size * LEADING);
            flow.line(line, flow.left() + indent, flow.y(), size, ink, strong);
        }
    }

    void space(float points) {
        flow.down(points);
    }

    /** Keeps the next {@code height} points together on one page. */
    void keep(float height) {
        flow.room(height);
    }

    private void label(String text) {
        flow.down(4);
        paragraph(text, LABEL, Ink.MUTED, false);
        flow.down(2);
    }

    private interface Drawing {
        void on(PDPageContentStream canvas) throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.on(flow.drawing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A circle drawn as four Bézier quarters. */
    private static void circle(PDPageContentStream canvas, float x, float y, float r)
            throws IOException {
        float k = 0.5523f * r;
        canvas.moveTo(x + r, y);
        canvas.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        canvas.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        canvas.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        canvas.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        canvas.closePath();
    }
}
