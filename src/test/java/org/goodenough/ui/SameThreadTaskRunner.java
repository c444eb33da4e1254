package org.goodenough.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.goodenough.ui.common.TaskRunner;

/** Runs journal work at once on the calling thread, so view-models can be tested plainly. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
