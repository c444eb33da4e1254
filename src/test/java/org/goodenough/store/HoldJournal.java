package org.goodenough.store;

import java.nio.file.Path;

/**
 * A second program for the one-writer tests: opens the journal named by its argument, says
 * "open" on its output, and keeps it open until its input ends or it is killed.
 */
public final class HoldJournal {

    private HoldJournal() {
    }

    public static void main(String[] args) throws Exception {
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            TestJournals.addPlans(journal, "Held", 1);
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our input or kills us.
            }
        }
    }
}
