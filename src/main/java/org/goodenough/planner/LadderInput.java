package org.goodenough.planner;

/** A ladder as typed: a name, the belief in the person's words, and how strongly it is held. */
public record LadderInput(String name, String belief, String beliefStrength) {
}
