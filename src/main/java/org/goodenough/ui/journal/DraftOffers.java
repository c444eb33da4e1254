package org.goodenough.ui.journal;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.DraftKeeper;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/**
 * The journal window's drafts: every form is kept as a draft from its first edit, and a draft
 * left by a crash or a closed window is offered back once, to be resumed in its own form or
 * let go.
 */
final class DraftOffers {

    private final JournalSession session;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final DraftKeeper keeper;
    /** The page beside the lists now. */
    private final Supplier<Object> page;
    /** Says something about the whole window. */
    private final Consumer<String> tell;
    private final ReadOnlyObjectWrapper<Draft> offer = new ReadOnlyObjectWrapper<>();
    /** A draft to put back into the next form that opens for it. */
    private Draft toResume;
    private boolean lookedFor;

    DraftOffers(JournalSession session, TaskRunner tasks, Navigator navigator, DraftKeeper keeper,
                  Supplier<Object> page, Consumer<String> tell) {
        this.session = session;
        this.tasks = tasks;
        this.navigator = navigator;
        this.keeper = keeper;
        this.page = page;
        this.tell = tell;
    }

    /**
     * A form that is left (saved, or let go by the person) takes its draft with it; a form that
     * opens is kept as a draft from its first edit, and gets back a draft written in it before.
     */
    void pageChanged(Object old, Object now) {
        if (old instanceof FormViewModel left) {
            left.onEdit(() -> { });
            keeper.formLeft();
        }
        if (now instanceof FormViewModel form) {
            keeper.follow(form);
            form.changedProperty().addListener((observable, was, changed) -> {
                if (!changed && page.get() == form) {
                    keeper.formLeft();
                }
            });
            if (toResume != null && form.holds(toResume)) {
                form.resume(toResume);
                toResume = null;
            }
        }
    }

    /** Once, when the journal opens: a draft left by a crash or a closed window is offered. */
    void lookOnce() {
        if (lookedFor) {
            return;
        }
        lookedFor = true;
        tasks.run(() -> session.drafts().find(), found -> found
                .filter(draft -> !(page.get() instanceof FormViewModel))
                .ifPresent(offer::set), failure -> { });
    }

    ReadOnlyObjectProperty<Draft> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Opens the form the offered draft was written in, with its text back in place. */
    void resume() {
        Draft draft = offer.get();
        if (draft == null) {
            return;
        }
        offer.set(null);
        toResume = draft;
        Long id = draft.subject();
        switch (draft.form()) {
            case "plan" -> {
                if (id == null) {
                    navigator.planFrom(null, null);
                } else {
                    withExposure(draft, navigator::editPlan);
                }
            }
            case "did-it" -> withExposure(draft, navigator::showDidIt);
            case "guide" -> navigator.showGuide();
            case "reflection" -> withExposure(draft, navigator::showReflection);
            case "ladder" -> {
                if (id == null) {
                    navigator.editLadder(null);
                } else {
                    resumeWith(draft, () -> session.ladders().find(id), navigator::editLadder);
                }
            }
            case "idea" -> {
                if (id == null) {
                    navigator.editIdea(null);
                } else {
                    resumeWith(draft, () -> session.library().all().stream()
                            .filter(idea -> idea.key().equals(Idea.OWN + id)).findFirst(),
                            navigator::editIdea);
                }
            }
            default -> cannotResume(draft);
        }
    }

    private void withExposure(Draft draft, Consumer<Exposure> open) {
        resumeWith(draft, () -> session.planner().find(draft.subject()), open);
    }

    private <T> void resumeWith(Draft draft, Callable<Optional<T>> find, Consumer<T> open) {
        tasks.run(find, found -> found.ifPresentOrElse(open, () -> cannotResume(draft)),
                failure -> {
                    offer.set(draft);
                    tell.accept(Failures.describe(failure));
                });
    }

    private void cannotResume(Draft draft) {
        toResume = null;
        offer.set(draft);
        tell.accept(Texts.get("journal.draftWasWrittenNo"));
    }

    /** Lets the offered draft go. */
    void discard() {
        offer.set(null);
        keeper.discard();
    }

    /** The form's unsaved text is let go, as the window closes. */
    void formLeft() {
        keeper.formLeft();
    }

    /** Writes a draft still waiting and stops keeping drafts. */
    void close() {
        keeper.close();
    }
}
