package org.goodenough.domain;

/**
 * What an import added to a journal, and how many of the file's records the journal held
 * already (those are left exactly as they were).
 *
 * @param ladders      ladders added
 * @param exposures    exposures added, with their reflections
 * @param ideas        own ideas added
 * @param hiddenIdeas  built-in ideas newly hidden
 * @param alreadyThere records of the file the journal already held
 */
public record ImportCount(int ladders, int exposures, int ideas, int hiddenIdeas,
        int alreadyThere) {

    public int added() {
        return ladders + exposures + ideas + hiddenIdeas;
    }
}
