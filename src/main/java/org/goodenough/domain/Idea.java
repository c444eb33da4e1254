package org.goodenough.domain;

/**
 * A mistake-exposure idea from the library: one of ours, shipped with the app, or one the
 * person wrote.
 *
 * @param key           a lasting key: {@code builtin:<id>} or {@code own:<id>}
 * @param title         the mistake, as it would read in a plan
 * @param category      the life area, or {@code null} for an own idea left without one
 * @param stakes        low, medium or high, or {@code null}
 * @param tip           what to notice, or which safety behaviour it drops; may be {@code null}
 * @param own           whether the person wrote it (and so may change it)
 * @param hidden        whether the person has hidden it from the library
 * @param withClinician whether it touches eating, the body or health, so is best planned with
 *                      a clinician
 */
public record Idea(String key, String title, Category category, Stakes stakes, String tip,
        boolean own, boolean hidden, boolean withClinician) {

    public static final String BUILT_IN = "builtin:";
    public static final String OWN = "own:";

    public Idea hidden(boolean hide) {
        return new Idea(key, title, category, stakes, tip, own, hide, withClinician);
    }

    /** The journal's id of an own idea. */
    public long ownId() {
        if (!own) {
            throw new IllegalStateException("A built-in idea has no id in the journal");
        }
        return Long.parseLong(key.substring(OWN.length()));
    }
}
