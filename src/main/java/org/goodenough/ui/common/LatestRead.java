package org.goodenough.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A read that runs again whenever what it depends on changes, such as results as the person
 * types. One read runs at a time; asking while one runs queues a single fresh read, and only
 * the answer to the latest question is shown.
 */
public final class LatestRead<T> {

    private final TaskRunner tasks;
    private final Supplier<Callable<T>> question;
    private final Consumer<? super T> onAnswer;
    private final Consumer<? super Exception> onError;
    private boolean running;
    private boolean askedAgain;

    /**
     * @param question called on the FX thread to take the current inputs; the work it returns
     *                 runs in the background
     */
    public LatestRead(TaskRunner tasks, Supplier<Callable<T>> question, Consumer<? super T> onAnswer,
                      Consumer<? super Exception> onError) {
        this.tasks = tasks;
        this.question = question;
        this.onAnswer = onAnswer;
        this.onError = onError;
    }

    public void ask() {
        if (running) {
            askedAgain = true;
            return;
        }
        running = true;
        askedAgain = false;
        tasks.run(question.get(), answer -> finish(() -> onAnswer.accept(answer)),
                failure -> finish(() -> onError.accept(failure)));
    }

    private void finish(Runnable deliver) {
        running = false;
        if (askedAgain) {
            ask();
        } else {
            deliver.run();
        }
    }
}
