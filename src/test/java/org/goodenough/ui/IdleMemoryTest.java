package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a journal is on screen, the app asks Java's collector to collect when idle, so the
 * memory a large export or import took is given back (the figures are in docs/benchmarks.md).
 */
class IdleMemoryTest {

    private static final String EVERY_MINUTE = Long.toString(IdleMemory.INTERVAL.toMillis());

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
            HotSpotDiagnosticMXBean.class);

    @AfterEach
    void close() throws Exception {
        window.stop();
        // As Java started it, so no other test runs with collections when idle.
        vm.setVMOption(IdleMemory.OPTION, "0");
    }

    @Test
    void theCollectorIsAskedToCollectWhenIdle() {
        vm.setVMOption(IdleMemory.OPTION, "0");

        IdleMemory.askCollector();

        VMOption option = vm.getVMOption(IdleMemory.OPTION);
        assertEquals(EVERY_MINUTE, option.getValue());
        assertEquals(VMOption.Origin.MANAGEMENT, option.getOrigin());
    }

    @Test
    void theWindowAsksOnceTheJournalIsShown() throws Exception {
        vm.setVMOption(IdleMemory.OPTION, "0");

        window.start(SampleJournal.filledIn(folder));
        window.await("#welcome");

        window.waitFor(() -> EVERY_MINUTE.equals(vm.getVMOption(IdleMemory.OPTION).getValue()));
    }
}
