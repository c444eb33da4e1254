package org.goodenough.planner;

import org.goodenough.HostileText;

/**
 * One field as a person might type it, with what the planner should make of it: the value to
 * save ({@code null} when skipped), or a refusal.
 */
record Typed<T>(String raw, T value, boolean refused) {

    static <T> Typed<T> kept(String raw, T value) {
        return new Typed<>(raw, value, false);
    }

    static <T> Typed<T> refused(String raw) {
        return new Typed<>(raw, null, true);
    }

    @Override
    public String toString() {
        return (refused ? "refuse " : "keep ") + HostileText.shown(raw);
    }
}
