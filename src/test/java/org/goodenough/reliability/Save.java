package org.goodenough.reliability;

/**
 * One save as the worker announces it: before it runs, as an intent ({@code INTENT EDIT 12
 * <digest>}, or {@code new} in place of the id when it makes a record), and after it returned,
 * as an acknowledgement ({@code ACK EDIT 12 <digest>}).
 *
 * @param id     the record saved to; {@code null} in the intent for a new record
 * @param digest the {@link SaveDigest} of what is saved
 */
record Save(SaveKind kind, Long id, String digest) {

    static final String INTENT = "INTENT";
    static final String ACK = "ACK";

    String line(String word) {
        return word + " " + kind + " " + (id == null ? "new" : id.toString()) + " " + digest;
    }

    /** Reads a line written by {@link #line}, or returns {@code null} for any other line. */
    static Save read(String line, String word) {
        String[] parts = line.split(" ");
        if (parts.length != 4 || !parts[0].equals(word)) {
            return null;
        }
        Long id = parts[2].equals("new") ? null : Long.valueOf(parts[2]);
        return new Save(SaveKind.valueOf(parts[1]), id, parts[3]);
    }
}
