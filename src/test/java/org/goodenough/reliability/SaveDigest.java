package org.goodenough.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.goodenough.domain.Distress;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;

/**
 * A fingerprint (SHA-256, in hex) of what one save writes: every text and rating, exactly, but
 * not the times the clock gave it. The save worker prints it for what it asks to save; the
 * crash suite computes it again from what the reopened journal holds, so equal fingerprints
 * mean the very same text came back.
 */
final class SaveDigest {

    private SaveDigest() {
    }

    static String plan(Plan plan) {
        return of(plan.mistake(), plan.category(), plan.stakes(), plan.date(), plan.time(),
                plan.place(), plan.fearedOutcome(), value(plan.likelihood()),
                value(plan.expectedDistress()), plan.safetyBehaviour(), plan.copingPlan(),
                plan.selfCompassion(), plan.ladderId());
    }

    /** Where an exposure stands and the distress rated while doing it; not when it was done. */
    static String doing(ExposureStatus status, Distress distress) {
        return of(status, value(distress.before()), value(distress.peak()), value(distress.after()));
    }

    /** The reflection's answers; not when it was saved. */
    static String reflection(Reflection reflection) {
        return of(reflection.whatHappened(), reflection.outcome(), reflection.felt(),
                reflection.worse(), reflection.better(), reflection.learned(),
                value(reflection.likelihoodAfter()));
    }

    /** A ladder's name and belief, with the latest rating of how strongly it is held. */
    static String ladder(String name, String belief, Percent strength) {
        return of(name, belief, value(strength));
    }

    private static Integer value(Percent percent) {
        return percent == null ? null : percent.value();
    }

    private static Integer value(Suds suds) {
        return suds == null ? null : suds.value();
    }

    /** Each part as its length and text, so no two different lists of parts read the same. */
    private static String of(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                joined.append("-;");
            } else {
                String text = part.toString();
                joined.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
