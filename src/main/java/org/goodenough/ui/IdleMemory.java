package org.goodenough.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back to the system the memory a large task took once the app is idle again.
 *
 * <p>Java's default collector keeps the heap it grew until a full collection, which an app
 * sitting open rarely has: checking a 128 MB export of a 100,000-exposure journal for import,
 * then not importing it, left the app holding about 930 MB for as long as it stayed open.
 * Asked to collect when it has had nothing to collect for {@link #INTERVAL}, the collector
 * shrinks the heap at the end of that collection: 436 MB a minute later, 301 MB after eight
 * (docs/benchmarks.md). Set while the app runs, rather than as a Java option, it holds however
 * the app was started, {@code java -jar} too.
 */
final class IdleMemory {

    /** How long the app must have been idle before its heap is collected and shrunk. */
    static final Duration INTERVAL = Duration.ofMinutes(1);

    static final String OPTION = "G1PeriodicGCInterval";

    private static final Logger LOG = LoggerFactory.getLogger(IdleMemory.class);

    private IdleMemory() {
    }

    /**
     * Asks the collector to collect when idle. Loading Java's management classes for that
     * takes a few tens of milliseconds, so it is done on a thread of its own, to be called once
     * the window is on screen.
     */
    static void giveBackWhenIdle() {
        Thread thread = new Thread(IdleMemory::askCollector, "idle-memory");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Sets the collector's interval, unless it was given when Java started (on the command
     * line, in the environment, or built into the runtime). Without the option (another
     * collector than G1 takes it and ignores it; a runtime without {@code jdk.management} lacks
     * the bean and its classes) the app runs as before.
     */
    static void askCollector() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
                    HotSpotDiagnosticMXBean.class);
            if (setHere(vm.getVMOption(OPTION).getOrigin())) {
                vm.setVMOption(OPTION, Long.toString(INTERVAL.toMillis()));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("The collector was not asked to give memory back when idle", e);
        }
    }

    /** Whether the value is Java's own choice, or one set while running (by this app, say). */
    private static boolean setHere(VMOption.Origin origin) {
        return origin == VMOption.Origin.DEFAULT || origin == VMOption.Origin.ERGONOMIC
                || origin == VMOption.Origin.MANAGEMENT;
    }
}
