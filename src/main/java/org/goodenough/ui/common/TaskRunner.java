package org.goodenough.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs journal work away from the FX thread and hands the result back on it. Every store or
 * planner call from the UI goes through here; tests use one that runs on the same thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onError);
}
