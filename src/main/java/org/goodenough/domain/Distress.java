package org.goodenough.domain;

/**
 * Distress while doing an exposure, each rating {@code null} when skipped.
 *
 * @param before just before
 * @param peak   at its highest
 * @param after  afterwards
 */
public record Distress(Suds before, Suds peak, Suds after) {

    public static final Distress NOT_RATED = new Distress(null, null, null);
}
