package org.goodenough.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.LadderPlanner;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The process the crash suite kills. It opens the journal named on its command line through
 * {@link JournalSession}, as the app does, then saves through the planner, one save after
 * another, until it is killed: new plans, edits, exposures marked done or set aside,
 * reflections, ladders and belief ratings, on records of earlier runs as well as its own.
 *
 * <p>Standard output carries what the suite needs to judge the journal afterwards, one line
 * each, flushed at once: {@code OPENING} before the journal is opened, {@code OPENED} after,
 * {@code INTENT …} before each save and {@code ACK …} once the save has returned, so only a
 * save the journal reported as done is ever acknowledged (see {@link Save}).
 *
 * <p>Arguments: the journal file, a seed for what to save, and a tag to mark its texts with.
 */
public final class SaveWorker {

    static final String OPENING = "OPENING";
    static final String OPENED = "OPENED";

    /** How many records of each list of earlier runs are taken up again. */
    private static final int TAKEN_UP = 150;
    /** Left alone by the suite, the worker stops by itself after this long. */
    private static final long LIFETIME_MILLIS = 120_000;

    private final ExposurePlanner planner;
    private final LadderPlanner ladders;
    private final Random random;
    private final MadeUpText text;
    private final String tag;
    private final Map<Long, Exposure> exposures = new HashMap<>();
    private final List<Long> exposureIds = new ArrayList<>();
    private final Map<Long, Ladder> ladderById = new HashMap<>();
    private final List<Long> ladderIds = new ArrayList<>();
    private int step;

    private SaveWorker(JournalSession session, Random random, String tag) {
        this.planner = session.planner();
        this.ladders = session.ladders();
        this.random = random;
        this.text = new MadeUpText(random);
        this.tag = tag;
        for (JournalSection section : JournalSection.values()) {
            planner.list(section, 0, TAKEN_UP).forEach(this::know);
        }
        ladders.all().forEach(this::know);
    }

    public static void main(String[] args) {
        Path journal = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        stopWhenLeftAlone();
        warmUp();
        say(OPENING);
        JournalSession session = JournalSession.open(journal, Clock.systemUTC());
        say(OPENED);
        new SaveWorker(session, random, args[2]).saveUntilKilled();
    }

    /**
     * Loads the logging, SQLite's native library and the store's classes before the journal
     * is opened, so that a kill timed from {@link #OPENING} falls on the journal's own work
     * (its check, recovery and migrations) rather than on the JVM loading classes.
     */
    private static void warmUp() {
        LoggerFactory.getLogger(SaveWorker.class);
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            throw new IllegalStateException("SQLite's native library did not load", e);
        }
        JournalSession.schemaVersion();
    }

    private void saveUntilKilled() {
        while (true) {
            saveOne();
        }
    }

    private void saveOne() {
        step++;
        int roll = random.nextInt(100);
        if (exposureIds.isEmpty() || roll < 25) {
            plan();
        } else if (roll < 45) {
            edit(pick(exposure -> true));
        } else if (roll < 60) {
            markDone(pick(exposure -> exposure.status() == ExposureStatus.PLANNED || exposure.isDone()));
        } else if (roll < 66) {
            setAside(pick(exposure -> !exposure.isDone()));
        } else if (roll < 90) {
            reflect(pick(Exposure::isDone));
        } else if (ladderIds.isEmpty() || roll < 93) {
            createLadder();
        } else {
            rateBelief(ladderById.get(ladderIds.get(random.nextInt(ladderIds.size()))));
        }
    }

    private void plan() {
        Plan plan = madeUpPlan();
        know(save(new Save(SaveKind.PLAN, null, SaveDigest.plan(plan)),
                () -> planner.plan(typed(plan)), saved -> SaveDigest.plan(saved.plan())));
    }

    private void edit(Exposure exposure) {
        if (exposure == null) {
            plan();
            return;
        }
        Plan plan = madeUpPlan();
        know(save(new Save(SaveKind.EDIT, exposure.id(), SaveDigest.plan(plan)),
                () -> planner.edit(exposure.id(), typed(plan)), saved -> SaveDigest.plan(saved.plan())));
    }

    private void markDone(Exposure exposure) {
        if (exposure == null) {
            plan();
            return;
        }
        Distress distress = new Distress(suds(), suds(), suds());
        DistressInput typed = new DistressInput(typed(distress.before()), typed(distress.peak()),
                typed(distress.after()));
        know(save(new Save(SaveKind.DONE, exposure.id(),
                        SaveDigest.doing(ExposureStatus.DONE, distress)),
                () -> planner.markDone(exposure.id(), typed), SaveWorker::doing));
    }

    private void setAside(Exposure exposure) {
        if (exposure == null) {
            plan();
            return;
        }
        ExposureStatus target = exposure.status() != ExposureStatus.PLANNED ? ExposureStatus.PLANNED
                : random.nextBoolean() ? ExposureStatus.NOT_NOW : ExposureStatus.LET_GO;
        Supplier<Exposure> move = switch (target) {
            case PLANNED -> () -> planner.planAgain(exposure.id());
            case NOT_NOW -> () -> planner.notNow(exposure.id());
            default -> () -> planner.letGo(exposure.id());
        };
        know(save(new Save(SaveKind.SET_ASIDE, exposure.id(),
                SaveDigest.doing(target, exposure.distress())), move, SaveWorker::doing));
    }

    private void reflect(Exposure exposure) {
        if (exposure == null) {
            plan();
            return;
        }
        Outcome[] outcomes = Outcome.values();
        Reflection reflection = new Reflection(text.maybeLong(tag()),
                random.nextInt(5) == 0 ? null : outcomes[random.nextInt(outcomes.length)],
                text.maybeLong(tag()), text.maybeLong(tag()), text.maybeLong(tag()),
                text.maybeLong(tag()), percent(), null);
        ReflectionInput typed = new ReflectionInput(reflection.whatHappened(), reflection.outcome(),
                reflection.felt(), reflection.worse(), reflection.better(), reflection.learned(),
                typed(reflection.likelihoodAfter()));
        know(save(new Save(SaveKind.REFLECT, exposure.id(), SaveDigest.reflection(reflection)),
                () -> planner.reflect(exposure.id(), typed),
                saved -> SaveDigest.reflection(saved.reflection())));
    }

    private void createLadder() {
        String name = text.shortText(tag());
        String belief = text.maybeLong(tag());
        Percent strength = Percent.of(random.nextInt(101));
        know(save(new Save(SaveKind.LADDER, null, SaveDigest.ladder(name, belief, strength)),
                () -> ladders.create(new LadderInput(name, belief, strength.value() + "%")),
                SaveWorker::ladder));
    }

    private void rateBelief(Ladder ladder) {
        Percent strength = Percent.of(random.nextInt(101));
        know(save(new Save(SaveKind.BELIEF, ladder.id(),
                        SaveDigest.ladder(ladder.name(), ladder.belief(), strength)),
                () -> ladders.rateBelief(ladder.id(), strength.value() + " %"), SaveWorker::ladder));
    }

    /**
     * Announces the save, runs it, checks that what the planner returns is what was asked for,
     * and only then acknowledges it. A mismatch stops the worker, which the suite reports.
     */
    private static <T> T save(Save intent, Supplier<T> run, Function<T, String> digest) {
        say(intent.line(Save.INTENT));
        T saved = run.get();
        if (!digest.apply(saved).equals(intent.digest())) {
            System.err.println("The planner returned something else than was saved: " + saved);
            System.exit(2);
        }
        long id = saved instanceof Exposure exposure ? exposure.id() : ((Ladder) saved).id();
        say(new Save(intent.kind(), id, intent.digest()).line(Save.ACK));
        return saved;
    }

    private Plan madeUpPlan() {
        Long ladder = !ladderIds.isEmpty() && random.nextInt(4) == 0
                ? ladderIds.get(random.nextInt(ladderIds.size())) : null;
        Category[] categories = Category.values();
        Stakes[] stakes = Stakes.values();
        return new Plan(text.shortText(tag()),
                random.nextInt(4) == 0 ? null : categories[random.nextInt(categories.length)],
                random.nextInt(4) == 0 ? null : stakes[random.nextInt(stakes.length)],
                random.nextInt(3) == 0 ? null : LocalDate.of(2026, 11, 1).plusDays(random.nextInt(90)),
                random.nextInt(2) == 0 ? null : LocalTime.of(random.nextInt(24), random.nextInt(60)),
                random.nextInt(3) == 0 ? null : text.shortText(tag()),
                text.maybeLong(tag()), percent(), suds(),
                random.nextInt(3) == 0 ? null : text.shortText(tag()),
                text.maybeLong(tag()),
                random.nextBoolean() ? Plan.DEFAULT_SELF_COMPASSION : text.shortText(tag()),
                ladder);
    }

    /** The plan as a person would type it into the form: ratings, days and times as text. */
    private PlanInput typed(Plan plan) {
        String time = plan.time() == null ? null
                : plan.time().getHour() + ":" + String.format("%02d", plan.time().getMinute());
        return new PlanInput(plan.mistake(), plan.category(), plan.stakes(),
                plan.date() == null ? null : plan.date().toString(), time, plan.place(),
                plan.fearedOutcome(), typed(plan.likelihood()), typed(plan.expectedDistress()),
                plan.safetyBehaviour(), plan.copingPlan(), plan.selfCompassion(), plan.ladderId());
    }

    private String typed(Percent percent) {
        return percent == null ? (random.nextBoolean() ? "" : null)
                : percent.value() + (random.nextBoolean() ? "%" : "");
    }

    private static String typed(Suds suds) {
        return suds == null ? null : Integer.toString(suds.value());
    }

    private Percent percent() {
        return random.nextInt(4) == 0 ? null : Percent.of(random.nextInt(101));
    }

    private Suds suds() {
        return random.nextInt(4) == 0 ? null : Suds.of(random.nextInt(101));
    }

    private Exposure pick(Predicate<Exposure> fits) {
        List<Exposure> candidates = exposureIds.stream().map(exposures::get).filter(fits).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private String tag() {
        return tag + "." + step;
    }

    private void know(Exposure exposure) {
        if (exposures.put(exposure.id(), exposure) == null) {
            exposureIds.add(exposure.id());
        }
    }

    private void know(Ladder ladder) {
        if (ladderById.put(ladder.id(), ladder) == null) {
            ladderIds.add(ladder.id());
        }
    }

    private static String doing(Exposure saved) {
        return SaveDigest.doing(saved.status(), saved.distress());
    }

    private static String ladder(Ladder saved) {
        return SaveDigest.ladder(saved.name(), saved.belief(), saved.beliefStrength());
    }

    private static void say(String line) {
        System.out.print(line + "\n");
        System.out.flush();
    }

    /** Stops the worker when the suite is gone (its standard input closes), or after a while. */
    private static void stopWhenLeftAlone() {
        daemon("suite-gone", () -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent; the read ends when the suite's end of the pipe closes
                }
            } catch (java.io.IOException e) {
                // the suite cannot be heard any more: stop as well
            }
            Runtime.getRuntime().halt(3);
        });
        daemon("lifetime", () -> {
            try {
                Thread.sleep(LIFETIME_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(4);
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
