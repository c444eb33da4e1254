package org.goodenough.exchange;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.goodenough.domain.Progress;

/** The forms a journal can be exported in. */
public enum ExportFormat {
    /** Everything, for a backup or another computer; it can be imported again. */
    JSON("JSON, to keep or import elsewhere", "json"),
    /** One row per exposure with its reflection, for a spreadsheet. */
    CSV("CSV, for a spreadsheet", "csv"),
    /** A readable document. */
    MARKDOWN("Markdown, to read or print", "md");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The usual file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named on a command line: json, csv, md or markdown. */
    public static ExportFormat named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            case "md", "markdown" -> MARKDOWN;
            default -> throw new IllegalArgumentException("the format is json, csv or md, not " + name);
        };
    }

    CountingSink writer(OutputStream out, Instant now, ZoneId zone, boolean wholeJournal,
            Progress progress) {
        return switch (this) {
            case JSON -> new JsonJournalWriter(out, now, wholeJournal, progress);
            case CSV -> new CsvJournalWriter(text(out), progress);
            case MARKDOWN -> new MarkdownJournalWriter(text(out), now, zone, progress);
        };
    }

    private static BufferedWriter text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
