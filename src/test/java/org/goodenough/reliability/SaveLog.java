package org.goodenough.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * What the worker printed before it was killed.
 *
 * @param acknowledged every save it acknowledged, in order
 * @param inFlight     the save it announced but did not acknowledge, or {@code null}
 * @param opened       whether the journal was open
 */
record SaveLog(List<Save> acknowledged, Save inFlight, boolean opened) {

    /**
     * Reads the worker's lines, any others (a log line, say) left aside.
     *
     * @throws IllegalStateException if the lines break the worker's own order
     */
    static SaveLog read(List<String> lines) {
        List<Save> acknowledged = new ArrayList<>();
        Save inFlight = null;
        boolean opened = false;
        for (String line : lines) {
            opened |= line.equals(SaveWorker.OPENED);
            Save intent = Save.read(line, Save.INTENT);
            Save ack = Save.read(line, Save.ACK);
            if (intent != null) {
                check(inFlight == null && opened, "an intent before the last one was acknowledged", line);
                inFlight = intent;
            } else if (ack != null) {
                check(inFlight != null && ack.kind() == inFlight.kind()
                        && ack.digest().equals(inFlight.digest())
                        && (inFlight.id() == null || inFlight.id().equals(ack.id())),
                        "an acknowledgement of a save not announced", line);
                acknowledged.add(ack);
                inFlight = null;
            }
        }
        return new SaveLog(List.copyOf(acknowledged), inFlight, opened);
    }

    private static void check(boolean holds, String problem, String line) {
        if (!holds) {
            throw new IllegalStateException("The save worker printed " + problem + ": " + line);
        }
    }
}
