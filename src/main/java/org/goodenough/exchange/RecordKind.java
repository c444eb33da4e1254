package org.goodenough.exchange;

/** The kinds of object an export holds, as a refusal names them. */
enum RecordKind {
    EXPORT("the export", "export"),
    LADDER("a ladder", "ladder"),
    BELIEF_RATING("a belief rating", "beliefRating"),
    EXPOSURE("an exposure", "exposure"),
    REFLECTION("a reflection", "reflection"),
    IDEA("an idea", "idea"),
    HIDDEN_IDEA("a hidden idea", "hiddenIdea");

    private final Phrase phrase;

    RecordKind(String english, String key) {
        this.phrase = Phrase.of(english, "import.record." + key);
    }

    /** "an exposure", in the middle of a sentence. */
    Phrase phrase() {
        return phrase;
    }

    String english() {
        return phrase.english();
    }
}
