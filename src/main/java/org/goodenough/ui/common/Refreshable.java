package org.goodenough.ui.common;

/** A page kept between visits, which reads the journal again when the person comes back. */
public interface Refreshable {

    void refresh();
}
