package org.goodenough.domain;

import java.time.Instant;

/**
 * What the person noticed afterwards. Every answer may be skipped ({@code null}); a partial
 * reflection is still a reflection.
 *
 * @param whatHappened    what actually happened
 * @param outcome         whether the feared outcome happened
 * @param felt            What did I feel?
 * @param worse           What was worse than I imagined?
 * @param better          What was better than I imagined?
 * @param learned         What did I learn?
 * @param likelihoodAfter how likely the feared outcome seems now (the re-rating)
 * @param reflectedAt     when the reflection was last saved
 */
public record Reflection(
        String whatHappened,
        Outcome outcome,
        String felt,
        String worse,
        String better,
        String learned,
        Percent likelihoodAfter,
        Instant reflectedAt) {
}
