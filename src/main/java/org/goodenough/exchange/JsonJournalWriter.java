package org.goodenough.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;

/**
 * Writes a journal as the JSON export, record by record as they are read, every field always
 * present (null when skipped), in the order {@code docs/journal-format.md} gives.
 */
final class JsonJournalWriter extends CountingSink {

    /** Emoji and other characters beyond the first 65,536 are written as themselves. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator json;
    private final Instant exportedAt;
    private final boolean wholeJournal;
    private Section section = Section.NONE;

    /** The arrays of the file, in their order. */
    private enum Section { NONE, LADDERS, EXPOSURES, IDEAS, HIDDEN_IDEAS }

    JsonJournalWriter(OutputStream out, Instant exportedAt, boolean wholeJournal,
            Progress progress) {
        super(progress);
        this.exportedAt = exportedAt;
        this.wholeJournal = wholeJournal;
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    @Override
    void start() throws IOException {
        json.writeStartObject();
        json.writeStringField("format", JournalFormat.FORMAT);
        json.writeNumberField("formatVersion", JournalFormat.VERSION);
        json.writeStringField("exportedAt", JournalFormat.instant(exportedAt));
        json.writeStringField("scope", wholeJournal ? "journal" : "ladder");
    }

    @Override
    void writeLadder(PortableLadder ladder) throws IOException {
        enter(Section.LADDERS);
        json.writeStartObject();
        json.writeStringField("id", ladder.uid());
        json.writeStringField("name", ladder.name());
        json.writeStringField("belief", ladder.belief());
        rating("beliefStrength", ladder.beliefStrength());
        json.writeBooleanField("orderedByHand", ladder.orderedByHand());
        instant("createdAt", ladder.createdAt());
        instant("updatedAt", ladder.updatedAt());
        json.writeArrayFieldStart("beliefHistory");
        for (BeliefRating rating : ladder.beliefHistory()) {
            json.writeStartObject();
            rating("strength", rating.strength());
            instant("ratedAt", rating.ratedAt());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    void writeExposure(PortableExposure exposure) throws IOException {
        enter(Section.EXPOSURES);
        Plan plan = exposure.plan();
        json.writeStartObject();
        json.writeStringField("id", exposure.uid());
        json.writeStringField("ladder", exposure.ladderUid());
        json.writeStringField("repeatOf", exposure.repeatOfUid());
        number("rungPosition", exposure.rungPosition());
        json.writeStringField("mistake", plan.mistake());
        name("category", plan.category());
        name("stakes", plan.stakes());
        json.writeStringField("plannedDate", plan.date() == null ? null : plan.date().toString());
        json.writeStringField("plannedTime",
                plan.time() == null ? null : JournalFormat.TIME.format(plan.time()));
        json.writeStringField("place", plan.place());
        json.writeStringField("fearedOutcome", plan.fearedOutcome());
        rating("likelihood", plan.likelihood());
        rating("expectedDistress", plan.expectedDistress());
        json.writeStringField("safetyBehaviour", plan.safetyBehaviour());
        json.writeStringField("copingPlan", plan.copingPlan());
        json.writeStringField("selfCompassion", plan.selfCompassion());
        name("status", exposure.status());
        instant("doneAt", exposure.doneAt());
        rating("distressBefore", exposure.distress().before());
        rating("distressPeak", exposure.distress().peak());
        rating("distressAfter", exposure.distress().after());
        reflection(exposure.reflection());
        instant("createdAt", exposure.createdAt());
        instant("updatedAt", exposure.updatedAt());
        json.writeEndObject();
    }

    private void reflection(Reflection reflection) throws IOException {
        if (reflection == null) {
            json.writeNullField("reflection");
            return;
        }
        json.writeObjectFieldStart("reflection");
        json.writeStringField("whatHappened", reflection.whatHappened());
        name("outcome", reflection.outcome());
        json.writeStringField("felt", reflection.felt());
        json.writeStringField("worse", reflection.worse());
        json.writeStringField("better", reflection.better());
        json.writeStringField("learned", reflection.learned());
        rating("likelihoodAfter", reflection.likelihoodAfter());
        instant("reflectedAt", reflection.reflectedAt());
        json.writeEndObject();
    }

    @Override
    void writeIdea(PortableIdea idea) throws IOException {
        enter(Section.IDEAS);
        json.writeStartObject();
        json.writeStringField("id", idea.uid());
        json.writeStringField("title", idea.title());
        name("category", idea.category());
        name("stakes", idea.stakes());
        json.writeStringField("tip", idea.tip());
        json.writeBooleanField("hidden", idea.hidden());
        instant("createdAt", idea.createdAt());
        instant("updatedAt", idea.updatedAt());
        json.writeEndObject();
    }

    @Override
    void writeHiddenIdea(HiddenIdea idea) throws IOException {
        enter(Section.HIDDEN_IDEAS);
        json.writeStartObject();
        json.writeStringField("key", idea.key());
        instant("hiddenAt", idea.hiddenAt());
        json.writeEndObject();
    }

    @Override
    void finish() throws IOException {
        enter(null);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** Closes the array being written and opens the next ones up to {@code next}, empty or not. */
    private void enter(Section next) throws IOException {
        if (section == next) {
            return;
        }
        if (section != Section.NONE) {
            json.writeEndArray();
        }
        Section[] order = Section.values();
        int last = next == null ? order.length : next.ordinal();
        for (int i = section.ordinal() + 1; i < last; i++) {
            json.writeArrayFieldStart(arrayName(order[i]));
            json.writeEndArray();
        }
        section = next == null ? Section.NONE : next;
        if (next != null) {
            json.writeArrayFieldStart(arrayName(next));
        }
    }

    private static String arrayName(Section section) {
        return switch (section) {
            case LADDERS -> "ladders";
            case EXPOSURES -> "exposures";
            case IDEAS -> "ownIdeas";
            case HIDDEN_IDEAS -> "hiddenIdeas";
            case NONE -> throw new IllegalArgumentException("No array is called NONE");
        };
    }

    private void rating(String name, Suds value) throws IOException {
        number(name, value == null ? null : value.value());
    }

    private void rating(String name, Percent value) throws IOException {
        number(name, value == null ? null : value.value());
    }

    private void number(String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private void name(String field, Enum<?> value) throws IOException {
        json.writeStringField(field, value == null ? null : value.name());
    }

    private void instant(String name, Instant value) throws IOException {
        json.writeStringField(name, JournalFormat.instant(value));
    }
}
