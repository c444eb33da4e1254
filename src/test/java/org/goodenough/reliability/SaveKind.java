package org.goodenough.reliability;

/** The kinds of save the worker makes, each through the planner the window uses. */
enum SaveKind {
    /** A new plan: {@code ExposurePlanner.plan}. */
    PLAN,
    /** A changed plan: {@code ExposurePlanner.edit}. */
    EDIT,
    /** Marked done with distress ratings: {@code ExposurePlanner.markDone}. */
    DONE,
    /** Set aside for now, or planned again: {@code notNow} and {@code planAgain}. */
    SET_ASIDE,
    /** A reflection saved or changed: {@code ExposurePlanner.reflect}. */
    REFLECT,
    /** A new ladder with its belief rated: {@code LadderPlanner.create}. */
    LADDER,
    /** A belief rated again: {@code LadderPlanner.rateBelief}. */
    BELIEF;

    /** Whether the save makes a new record, whose id is known only once it is saved. */
    boolean creates() {
        return this == PLAN || this == LADDER;
    }
}
