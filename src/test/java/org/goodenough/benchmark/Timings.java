package org.goodenough.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Measured times in milliseconds, read back as a median and a 95th percentile. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(double value) {
        millis.add(value);
    }

    /** Runs {@code work} and keeps how long it took. */
    <T> T time(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add((System.nanoTime() - start) / 1e6);
        return result;
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest rank: the smallest value at or above {@code percent} % of the values. */
    double percentile(double percent) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
