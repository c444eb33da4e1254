package org.goodenough.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.goodenough.ui.common.TaskRunner;

/**
 * Holds journal work until the test lets it finish, one piece at a time, as a slow disk
 * would: the view-model sees its answers arrive while the person goes on typing.
 */
final class HeldTaskRunner implements TaskRunner {

    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onError) {
        held.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onError));
    }

    /** How many pieces of work wait. */
    int waiting() {
        return held.size();
    }

    /** Lets the oldest piece of work run and deliver its answer. */
    void finishOne() {
        held.removeFirst().run();
    }

    void finishAll() {
        while (!held.isEmpty()) {
            finishOne();
        }
    }
}
