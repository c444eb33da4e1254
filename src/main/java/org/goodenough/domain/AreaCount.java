package org.goodenough.domain;

/** How many exposures were done in one area at one level of stakes; either may be unset. */
public record AreaCount(Category category, Stakes stakes, int count) {
}
