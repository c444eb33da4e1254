package org.goodenough.planner;

/** Distress ratings as typed, each 0–100 or empty. */
public record DistressInput(String before, String peak, String after) {
}
