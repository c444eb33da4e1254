package org.goodenough.store;

import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableLadder;

/**
 * Receives a journal's records one at a time, in this order: ladders, exposures (the first of
 * each series before its repeats), own ideas, hidden built-in ideas. An export writes each one
 * out as it comes, so a journal of any size never sits in memory whole.
 */
public interface PortableSink {

    /** Called once, before any record, with how many records will follow. */
    void begin(long records);

    void ladder(PortableLadder ladder);

    void exposure(PortableExposure exposure);

    void idea(PortableIdea idea);

    void hiddenIdea(HiddenIdea idea);
}
