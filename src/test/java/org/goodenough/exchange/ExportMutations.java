package org.goodenough.exchange;

import static org.goodenough.domain.TextLimits.LONG;
import static org.goodenough.domain.TextLimits.SHORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.goodenough.HostileText;

/**
 * Spoils a valid export at random, byte by byte or value by value, and says whether the import
 * must refuse the result, must take it, or may do either.
 */
final class ExportMutations {

    /** What the import must do with a spoiled file. */
    enum Expect { REFUSE, ACCEPT, EITHER }

    /** A spoiled file, with what was done to it. */
    record Mutated(String what, byte[] bytes, Expect expect) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a broken surrogate, which Jackson will not write: put in as an escape after. */
    private static final String LONE = "@@lone-surrogate@@";
    private static final Map<String, Integer> TEXT_LIMITS = Map.ofEntries(Map.entry("name", SHORT),
            Map.entry("mistake", SHORT), Map.entry("place", SHORT),
            Map.entry("safetyBehaviour", SHORT), Map.entry("selfCompassion", SHORT),
            Map.entry("title", SHORT), Map.entry("tip", SHORT), Map.entry("belief", LONG),
            Map.entry("fearedOutcome", LONG), Map.entry("copingPlan", LONG),
            Map.entry("whatHappened", LONG), Map.entry("felt", LONG), Map.entry("worse", LONG),
            Map.entry("better", LONG), Map.entry("learned", LONG));
    private static final List<String> REQUIRED_TEXT = List.of("name", "mistake", "title");
    private static final List<String> KINDS = List.of("ladders", "exposures", "ownIdeas");
    private static final byte[] ODD_BYTES = {0, '"', '{', '}', '[', ']', ',', ':', '\\', '\n',
            (byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0xF0, '0', '9', '-', 'e'};

    private final Random random;
    private final HostileText text;

    ExportMutations(Random random, HostileText text) {
        this.random = random;
        this.text = text;
    }

    Mutated spoil(String json) {
        if (random.nextInt(100) < 40) {
            return bytes(json.getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode root = tree(json);
        int roll = random.nextInt(100);
        if (roll < 22) {
            return text(root);
        }
        if (roll < 40) {
            return anyValue(root);
        }
        if (roll < 52) {
            return ids(root);
        }
        if (roll < 62) {
            return records(root);
        }
        if (roll < 72) {
            return moments(root);
        }
        return shape(root, json);
    }

    private Mutated bytes(byte[] file) {
        byte[] spoiled = file;
        StringBuilder what = new StringBuilder("bytes:");
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 20 : 3);
        for (int i = 0; i < times; i++) {
            int at = spoiled.length == 0 ? 0 : random.nextInt(spoiled.length);
            int length = 1 + random.nextInt(random.nextBoolean() ? 2 : 40);
            switch (random.nextInt(6)) {
                case 0 -> {
                    spoiled = spoiled.clone();
                    if (spoiled.length > 0) {
                        spoiled[at] ^= (byte) (1 << random.nextInt(8));
                    }
                    what.append(" flip at ").append(at);
                }
                case 1 -> {
                    spoiled = cut(spoiled, at, Math.min(spoiled.length, at + length));
                    what.append(" delete ").append(length).append(" at ").append(at);
                }
                case 2 -> {
                    byte[] inserted = new byte[1 + random.nextInt(4)];
                    for (int k = 0; k < inserted.length; k++) {
                        inserted[k] = random.nextBoolean() ? ODD_BYTES[random.nextInt(ODD_BYTES.length)]
                                : (byte) random.nextInt(256);
                    }
                    spoiled = join(Arrays.copyOfRange(spoiled, 0, at), inserted,
                            Arrays.copyOfRange(spoiled, at, spoiled.length));
                    what.append(" insert ").append(inserted.length).append(" at ").append(at);
                }
                case 3 -> {
                    int end = Math.min(spoiled.length, at + length);
                    spoiled = join(Arrays.copyOfRange(spoiled, 0, end),
                            Arrays.copyOfRange(spoiled, at, end), Arrays.copyOfRange(spoiled, end, spoiled.length));
                    what.append(" repeat ").append(end - at).append(" at ").append(at);
                }
                case 4 -> {
                    spoiled = Arrays.copyOf(spoiled, at);
                    what.append(" cut off at ").append(at);
                }
                default -> {
                    spoiled = spoiled.clone();
                    if (spoiled.length > 0) {
                        spoiled[at] = (byte) random.nextInt(256);
                    }
                    what.append(" replace at ").append(at);
                }
            }
        }
        return new Mutated(what.toString(), spoiled, Expect.EITHER);
    }

    /** A text field given keepable text (taken), or text it cannot keep (refused). */
    private Mutated text(ObjectNode root) {
        List<Slot> texts = slots(root).stream().filter(s -> s.key() != null && TEXT_LIMITS.containsKey(s.key())).toList();
        if (texts.isEmpty()) {
            return anyValue(root);
        }
        Slot slot = texts.get(random.nextInt(texts.size()));
        int limit = TEXT_LIMITS.get(slot.key());
        String value;
        Expect expect;
        switch (random.nextInt(6)) {
            case 0 -> {
                value = text.withControl(text.keepableUpTo(limit));
                expect = Expect.REFUSE;
            }
            case 1 -> {
                value = text.keepable(1 + random.nextInt(20)) + LONE + text.keepable(1 + random.nextInt(20));
                expect = Expect.REFUSE;
            }
            case 2 -> {
                value = random.nextInt(10) == 0 ? text.megabyte() : text.keepable(limit + 1 + random.nextInt(50));
                expect = Expect.REFUSE;
            }
            case 3 -> {
                value = text.blank();
                expect = REQUIRED_TEXT.contains(slot.key()) ? Expect.REFUSE : Expect.ACCEPT;
            }
            default -> {
                // Space around is kept as it is; the import takes no control character there.
                value = (random.nextBoolean() ? " \t" : "") + text.keepableUpTo(limit - 4)
                        + (random.nextBoolean() ? "\r\n" : "");
                expect = Expect.ACCEPT;
            }
        }
        slot.set(NODES.textNode(value));
        return written(root, "text " + slot.path() + " = " + HostileText.shown(value), expect);
    }

    /** Any value at all replaced by one of another type, a huge number, nesting or text. */
    private Mutated anyValue(ObjectNode root) {
        List<Slot> slots = slots(root);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode value = switch (random.nextInt(14)) {
            case 0 -> NODES.textNode("x");
            case 1 -> NODES.numberNode(7);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(new BigDecimal("1.5"));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> NODES.arrayNode();
            case 7 -> NODES.objectNode();
            case 8 -> NODES.numberNode(BigInteger.TEN.pow(30).negate());
            case 9 -> NODES.numberNode(new BigDecimal("1e400"));
            case 10 -> NODES.numberNode(random.nextBoolean() ? Integer.MAX_VALUE + 1L : Long.MIN_VALUE);
            case 11 -> NODES.numberNode(101);
            case 12 -> NODES.textNode(text.keepable(1 + random.nextInt(30)));
            default -> NODES.textNode(text.piece());
        };
        slot.set(value);
        return written(root, "value " + slot.path() + " = " + HostileText.shown(value.toString()), Expect.EITHER);
    }

    /** Ids used twice, pointing nowhere, at themselves or at a repeat; or swapped. */
    private Mutated ids(ObjectNode root) {
        ArrayNode exposures = (ArrayNode) root.path("exposures");
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        ArrayNode records = root.path(kind) instanceof ArrayNode array ? array : null;
        if (records == null || records.size() < 2 || exposures.isEmpty()) {
            return anyValue(root);
        }
        int a = random.nextInt(records.size());
        int b = (a + 1 + random.nextInt(records.size() - 1)) % records.size();
        ObjectNode first = (ObjectNode) records.get(a);
        ObjectNode second = (ObjectNode) records.get(b);
        ObjectNode exposure = (ObjectNode) exposures.get(random.nextInt(exposures.size()));
        switch (random.nextInt(6)) {
            case 0 -> {
                second.put("id", first.path("id").asText());
                return written(root, kind + "[" + b + "] takes the id of [" + a + "]", Expect.REFUSE);
            }
            case 1 -> {
                String id = first.path("id").asText();
                first.put("id", second.path("id").asText());
                second.put("id", id);
                return written(root, kind + " [" + a + "] and [" + b + "] swap ids", Expect.EITHER);
            }
            case 2 -> {
                exposure.put("ladder", "nowhere-" + random.nextInt(1_000));
                return written(root, "an exposure's ladder points nowhere", Expect.REFUSE);
            }
            case 3 -> {
                exposure.put("repeatOf", "nowhere-" + random.nextInt(1_000));
                return written(root, "an exposure repeats one that is nowhere", Expect.REFUSE);
            }
            case 4 -> {
                exposure.put("repeatOf", exposure.path("id").asText());
                return written(root, "an exposure repeats itself", Expect.REFUSE);
            }
            default -> {
                for (JsonNode other : exposures) {
                    if (other.hasNonNull("repeatOf") && other != exposure) {
                        exposure.put("repeatOf", other.path("id").asText());
                        return written(root, "an exposure repeats a repeat", Expect.REFUSE);
                    }
                }
                return anyValue(root);
            }
        }
    }

    /** Whole records taken out, copied with a new id, or put in another order. */
    private Mutated records(ObjectNode root) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        if (!(root.path(kind) instanceof ArrayNode records) || records.isEmpty()) {
            return anyValue(root);
        }
        int at = random.nextInt(records.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                records.remove(at);
                return written(root, kind + "[" + at + "] taken out", Expect.EITHER);
            }
            case 1 -> {
                ObjectNode copy = records.get(at).deepCopy();
                copy.put("id", "copy-" + random.nextInt(1_000_000) + "-" + copy.path("id").asText());
                records.add(copy);
                return written(root, kind + "[" + at + "] copied with a new id", Expect.ACCEPT);
            }
            default -> {
                List<JsonNode> all = new ArrayList<>();
                records.forEach(all::add);
                java.util.Collections.shuffle(all, random);
                records.removeAll();
                all.forEach(records::add);
                return written(root, kind + " shuffled", Expect.ACCEPT);
            }
        }
    }

    /** Moments written another valid way (taken) or in years or days that do not exist. */
    private Mutated moments(ObjectNode root) {
        List<Slot> moments = slots(root).stream()
                .filter(s -> s.key() != null && s.key().endsWith("At") && s.get().isTextual()).toList();
        if (moments.isEmpty()) {
            return anyValue(root);
        }
        Slot slot = moments.get(random.nextInt(moments.size()));
        String moment = slot.get().asText();
        String date = moment.substring(0, 10);
        String value;
        Expect expect;
        switch (random.nextInt(7)) {
            case 0 -> {
                value = date + "T10:30:00+01:00";
                expect = Expect.ACCEPT;
            }
            case 1 -> {
                value = date + "T09:30:00.123456789Z";
                expect = Expect.ACCEPT;
            }
            case 2 -> {
                value = date + "T09:30:00Z";
                expect = Expect.ACCEPT;
            }
            case 3 -> {
                value = "0999" + moment.substring(4);
                expect = Expect.REFUSE;
            }
            case 4 -> {
                value = "+10000" + moment.substring(4);
                expect = Expect.REFUSE;
            }
            case 5 -> {
                value = "2026-02-30T09:30:00.000Z";
                expect = Expect.REFUSE;
            }
            default -> {
                value = "-999999999-01-01T00:00:00Z";
                expect = Expect.REFUSE;
            }
        }
        slot.set(NODES.textNode(value));
        return written(root, "moment " + slot.path() + " = " + value, expect);
    }

    /** Unknown or doubled fields, deep nesting, a newer version, something after the end. */
    private Mutated shape(ObjectNode root, String json) {
        switch (random.nextInt(7)) {
            case 0 -> {
                List<Slot> objects = slots(root).stream().filter(s -> s.get().isObject()).toList();
                ObjectNode object = objects.isEmpty() ? root : (ObjectNode) objects.get(random.nextInt(objects.size())).get();
                object.put("venue", 1);
                return written(root, "an unknown field", Expect.REFUSE);
            }
            case 1 -> {
                int at = json.indexOf("\"mistake\":");
                if (at < 0) {
                    return anyValue(root);
                }
                String doubled = json.substring(0, at) + "\"place\": null, \"place\": null, " + json.substring(at);
                return new Mutated("a field twice", utf8(doubled), Expect.REFUSE);
            }
            case 2 -> {
                List<Slot> slots = slots(root);
                Slot slot = slots.get(random.nextInt(slots.size()));
                slot.set(NODES.textNode("@@deep@@"));
                int depth = random.nextBoolean() ? 2_000 : 100_000;
                String deep = "[".repeat(depth) + "]".repeat(depth);
                return new Mutated("nested " + depth + " deep at " + slot.path(),
                        utf8(write(root).replace("\"@@deep@@\"", deep)), Expect.REFUSE);
            }
            case 3 -> {
                root.put("formatVersion", 2);
                return written(root, "format version 2", Expect.REFUSE);
            }
            case 4 -> {
                return new Mutated("something after the end", utf8(json + (random.nextBoolean() ? "{}" : "x")),
                        Expect.REFUSE);
            }
            case 5 -> {
                String key = List.of("id", "mistake", "status", "createdAt", "reflectedAt", "format")
                        .get(random.nextInt(6));
                List<Slot> slots = slots(root).stream().filter(s -> key.equals(s.key())).toList();
                if (slots.isEmpty()) {
                    return anyValue(root);
                }
                Slot slot = slots.get(random.nextInt(slots.size()));
                slot.remove();
                return written(root, "required " + slot.path() + " taken out", Expect.REFUSE);
            }
            default -> {
                List<Slot> optional = slots(root).stream().filter(s -> s.key() != null && List.of("place", "belief",
                        "tip", "plannedTime", "likelihood", "doneAt", "reflection", "ladder",
                        "rungPosition", "beliefHistory", "hidden", "orderedByHand").contains(s.key())).toList();
                if (optional.isEmpty()) {
                    return anyValue(root);
                }
                Slot slot = optional.get(random.nextInt(optional.size()));
                slot.remove();
                return written(root, "optional " + slot.path() + " left out", Expect.ACCEPT);
            }
        }
    }

    private Mutated written(ObjectNode root, String what, Expect expect) {
        return new Mutated(what, utf8(write(root).replace(LONE, "\\uD83D")), expect);
    }

    private static String write(JsonNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cut(byte[] bytes, int from, int to) {
        return join(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, to, bytes.length));
    }

    private static byte[] join(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** Every value in the tree, with where it is. */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                String at = path.isEmpty() ? name : path + "." + name;
                slots.add(new Slot(object, name, -1, at));
                collect(object.get(name), at, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, at));
                collect(array.get(i), at, slots);
            }
        }
    }

    /** One value in an object (by key) or an array (by index). */
    private record Slot(JsonNode parent, String key, int index, String path) {

        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
