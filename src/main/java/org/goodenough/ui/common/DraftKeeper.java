package org.goodenough.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.goodenough.domain.Draft;
import org.goodenough.planner.JournalDrafts;
import org.goodenough.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the form being written in as a draft, within about a second of each edit: the first edit
 * after a write waits {@link #DELAY_MS} for more typing, then the latest text is written on a
 * thread of its own, apart from the FX thread and from the journal's work (a long export does not
 * hold a draft back). A draft is removed once it is saved or the person lets it go.
 */
public final class DraftKeeper implements AutoCloseable {

    /** How long the first edit waits for more before the draft is written. */
    static final long DELAY_MS = 400;

    private static final Logger LOG = LoggerFactory.getLogger(DraftKeeper.class);

    private final JournalDrafts drafts;
    private final Executor fxThread;
    private final Clock clock;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            work -> {
                Thread thread = new Thread(work, "draft-writer");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicReference<Draft> latest = new AtomicReference<>();
    private final AtomicBoolean due = new AtomicBoolean();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** Whether the form followed now was edited, so its draft is the one on disk. */
    private boolean touched;

    /** @param fxThread runs a change of the note shown beside the form's Save on the FX thread */
    public DraftKeeper(JournalDrafts drafts, Executor fxThread, Clock clock) {
        this.drafts = drafts;
        this.fxThread = fxThread;
        this.clock = clock;
    }

    /** Keeps {@code form}'s text from its next edit on. */
    public void follow(FormViewModel form) {
        touched = false;
        note.set("");
        form.showDraftNotes(note);
        form.onEdit(() -> edited(form));
    }

    private void edited(FormViewModel form) {
        touched = true;
        latest.set(form.draft(clock.instant()));
        if (due.compareAndSet(false, true) && !writer.isShutdown()) {
            writer.schedule(this::write, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        due.set(false);
        Draft draft = latest.getAndSet(null);
        if (draft == null) {
            return;
        }
        try {
            drafts.keep(draft);
            String at = LocalTime.ofInstant(draft.keptAt(), clock.getZone())
                    .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Texts.locale()));
            tell(Texts.format("common.draftKept", at));
        } catch (StoreException e) {
            LOG.warn("A draft could not be kept ({})", e.getCause() == null ? "refused"
                    : e.getCause().getClass().getSimpleName());
            tell(Failures.words(e));
        }
    }

    /**
     * The form followed is saved or let go. Its draft goes with it, if it was edited; a draft
     * left from earlier and not answered yet stays.
     */
    public void formLeft() {
        if (touched) {
            discard();
        }
    }

    /** The draft is let go: any edit not written yet is dropped, and the file removed. */
    public void discard() {
        touched = false;
        latest.set(null);
        tell("");
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(() -> {
            try {
                drafts.discard();
            } catch (StoreException e) {
                LOG.warn("A draft could not be removed");
            }
        });
    }

    /** Writes what is waiting now, and waits until it is on disk; for closing the journal. */
    public void flush() {
        if (writer.isShutdown()) {
            return;
        }
        try {
            writer.submit(this::write).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The last draft could not be written before closing");
        }
    }

    private void tell(String text) {
        fxThread.execute(() -> note.set(text));
    }

    /** Writes what is waiting, then stops the writer thread. */
    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
