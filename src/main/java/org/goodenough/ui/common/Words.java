package org.goodenough.ui.common;

import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Stakes;

/**
 * The words on screen for the kinds the layers below name: a category, the stakes, a state, an
 * outcome, a paper size. Each reads from the bundle under {@code common.} and the kind's name,
 * such as {@code common.category.SOCIAL}, so the domain keeps no screen words of its own; its
 * English {@code label()} is for the command line and the files it writes.
 */
public final class Words {

    private Words() {
    }

    /** The words for {@code value}, or an empty text for none. */
    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String kind = value.getDeclaringClass().getSimpleName();
        return Texts.get("common." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1)
                + "." + value.name());
    }

    /** "Low stakes", as a choice in a list. */
    public static String stakesInChoice(Stakes stakes) {
        return Texts.format("common.stakesInChoice", of(stakes));
    }

    /** "low stakes", within a line of facts. */
    public static String stakesInLine(Stakes stakes) {
        return Texts.format("common.stakesInLine", of(stakes).toLowerCase(Texts.locale()));
    }

    /** "not now", within a line of facts. */
    public static String statusInLine(ExposureStatus status) {
        return Texts.format("common.statusInLine", of(status));
    }
}
