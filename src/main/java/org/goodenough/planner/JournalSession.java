package org.goodenough.planner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.goodenough.domain.JournalSection;
import org.goodenough.exchange.JournalExport;
import org.goodenough.exchange.JournalImport;
import org.goodenough.exchange.worksheet.Worksheets;
import org.goodenough.store.Journal;
import org.goodenough.store.PrivateFiles;

/** One open journal and the planner working on it; closing it closes the file. */
public final class JournalSession implements AutoCloseable {

    private final Journal journal;
    private final ExposurePlanner planner;
    private final LadderPlanner ladders;
    private final IdeaLibrary library;
    private final Pacing pacing;
    private final JournalPreferences preferences;
    private final Insights insights;
    private final JournalSearch search;
    private final JournalExport export;
    private final JournalImport importer;
    private final JournalBackups backups;
    private final JournalDrafts drafts;
    private final Path sandbox;
    private final WorksheetPrinting worksheets;
    private final Clock clock;
    private final AtomicReference<WindowRead> readAhead = new AtomicReference<>();

    private JournalSession(Journal journal, Clock clock, Path sandbox) {
        this.journal = journal;
        this.clock = clock;
        this.sandbox = sandbox;
        this.planner = new ExposurePlanner(journal.exposures(), journal.ladders(), clock);
        this.ladders = new LadderPlanner(journal.ladders(), journal.exposures(), clock);
        this.library = new IdeaLibrary(BuiltInIdeas::shipped, journal.ideas(), clock);
        this.pacing = new Pacing(journal.exposures(), ladders, library);
        this.preferences = new JournalPreferences(journal.settings());
        this.insights = new Insights(journal.insights(), journal.exposures(), clock);
        this.search = new JournalSearch(journal.search(), clock);
        this.export = new JournalExport(journal.transfer(), clock);
        this.importer = new JournalImport(journal.transfer());
        this.backups = new JournalBackups(journal, clock);
        this.drafts = new JournalDrafts(journal.file());
        this.worksheets = new WorksheetPrinting(planner, ladders, preferences,
                new Worksheets(clock.getZone(), Sentences::locale));
    }

    /**
     * Opens or creates the journal at {@code file}.
     *
     * @throws org.goodenough.store.StoreException with a message for the person when it cannot
     */
    public static JournalSession open(Path file, Clock clock) {
        return new JournalSession(Journal.open(file), clock, null);
    }

    /**
     * Opens a new journal in {@code sandbox}, a folder of its own that is removed, with all in
     * it, when the session closes.
     */
    static JournalSession sandboxed(Path sandbox, String name, Clock clock) {
        try {
            return new JournalSession(Journal.open(sandbox.resolve(name)), clock, sandbox);
        } catch (RuntimeException e) {
            PrivateFiles.deleteTree(sandbox);
            throw e;
        }
    }

    /** The journal version this build of Good Enough writes. */
    public static int schemaVersion() {
        return org.goodenough.store.Database.currentSchemaVersion();
    }

    /** Reads what the journal window shows: each list as far as {@code shown} says, and today. */
    public WindowRead read(Map<JournalSection, Integer> shown, int today) {
        return WindowRead.of(planner, preferences, shown, today);
    }

    /**
     * Reads what the journal window shows first, {@code page} of each list, and keeps it for
     * the window to take: for the thread that opens the journal while the toolkit starts.
     */
    public void readAhead(int page, int today) {
        Map<JournalSection, Integer> shown = new EnumMap<>(JournalSection.class);
        for (JournalSection each : JournalSection.values()) {
            shown.put(each, page);
        }
        readAhead.set(read(shown, today));
    }

    /** What {@link #readAhead} read, once: the first to ask takes it. */
    public Optional<WindowRead> takeReadAhead() {
        return Optional.ofNullable(readAhead.getAndSet(null));
    }

    /** The clock every planner of this journal reads, so "today" means the same day everywhere. */
    public Clock clock() {
        return clock;
    }

    public ExposurePlanner planner() {
        return planner;
    }

    public LadderPlanner ladders() {
        return ladders;
    }

    public IdeaLibrary library() {
        return library;
    }

    public Pacing pacing() {
        return pacing;
    }

    public JournalPreferences preferences() {
        return preferences;
    }

    public Insights insights() {
        return insights;
    }

    public JournalSearch search() {
        return search;
    }

    /** Takes the journal, or one ladder, out as JSON, CSV or Markdown. */
    public JournalExport export() {
        return export;
    }

    /** Brings a JSON export in. */
    public JournalImport importer() {
        return importer;
    }

    /** The copies kept of this journal. */
    public JournalBackups backups() {
        return backups;
    }

    /** The draft of the form being written in; its work need not wait for the journal's. */
    public JournalDrafts drafts() {
        return drafts;
    }

    /** Printable worksheets: blank, one exposure, or a ladder, as PDF. */
    public WorksheetPrinting worksheets() {
        return worksheets;
    }

    /**
     * Writes the journal back to its place after its file was moved or deleted while open, from
     * what this session still reads of it. Close the session and open the file again after.
     *
     * @throws org.goodenough.store.StoreException if a file is in the place, or it cannot be written
     */
    public void putBack() {
        journal.putBack();
    }

    public Path file() {
        return journal.file();
    }

    /** Whether this is a demo journal, kept nowhere and removed when closed. */
    public boolean isDemo() {
        return sandbox != null;
    }

    @Override
    public void close() {
        try {
            journal.close();
        } finally {
            if (sandbox != null) {
                PrivateFiles.deleteTree(sandbox);
            }
        }
    }
}
