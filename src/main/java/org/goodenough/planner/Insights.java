package org.goodenough.planner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.goodenough.domain.DayTally;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.InsightScope;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Suds;
import org.goodenough.store.ExposureRepository;
import org.goodenough.store.InsightRepository;
import org.goodenough.store.Reason;

/**
 * What the person's own records show: how often what they feared did not happen, expected
 * against actual distress, likelihood before and after, how repeats went, and where they have
 * practised. Figures are added up by the journal, a day at a time, and grouped here; only a
 * small number of exposures is ever read whole.
 */
public final class Insights {

    /** Up to this many done exposures, the charts show each one; beyond it, averages over time. */
    static final int EACH_EXPOSURE_UP_TO = 60;
    /** How many repeated exposures can be chosen for the repeats chart. */
    static final int REPEATS_OFFERED = 200;

    private static final String SHORT_DAY = "d MMM";
    private static final String DAY_IN_YEAR = "d MMM yy";

    private final InsightRepository figures;
    private final ExposureRepository exposures;
    private final Clock clock;

    public Insights(InsightRepository figures, ExposureRepository exposures, Clock clock) {
        this.figures = figures;
        this.exposures = exposures;
        this.clock = clock;
    }

    /** The exposures a request covers. */
    public InsightScope scope(InsightRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = request.period().first(today, request.from());
        LocalDate last = request.period().last(today, request.to());
        InputCheck.daysInOrder(first, last);
        return new InsightScope(first, last, request.ladderId(), request.category());
    }

    public InsightsReport report(InsightRequest request) {
        InsightScope scope = scope(request);
        String period = request.period().phrase(scope.from(), scope.to());
        ZoneId zone = clock.getZone();
        List<DayTally> days = figures.dayTallies(scope, zone);
        DayTally total = days.stream().reduce(DayTally.none(null), DayTally::plus);
        var areas = figures.areaCounts(scope, zone);

        TimeGrain grain = days.isEmpty() ? TimeGrain.DAY
                : TimeGrain.spanning(days.get(0).day(), days.get(days.size() - 1).day());
        List<Bucket> buckets = grouped(days, grain);
        List<Exposure> each = total.done() <= EACH_EXPOSURE_UP_TO
                ? figures.latestDone(scope, zone, EACH_EXPOSURE_UP_TO) : null;

        CalibrationFigure calibration = new CalibrationFigure(total.notHappened(), total.partly(),
                total.happened(), buckets.stream().filter(b -> b.tally().outcomesNoted() > 0).toList(),
                grain.axisName(), InsightCaptions.calibration(total, period));
        PairFigure distress = pairs(each, buckets, grain,
                exposure -> pair(value(exposure.plan().expectedDistress()), value(exposure.distress().peak())),
                tally -> tally.distressPairs() == 0 ? null : new double[] {
                        tally.expectedSum() / (double) tally.distressPairs(),
                        tally.peakSum() / (double) tally.distressPairs()},
                InsightCaptions.distress(total, period));
        PairFigure likelihood = pairs(each, buckets, grain,
                exposure -> exposure.reflection() == null ? null
                        : pair(value(exposure.plan().likelihood()),
                                value(exposure.reflection().likelihoodAfter())),
                tally -> tally.likelihoodPairs() == 0 ? null : new double[] {
                        tally.likelihoodBeforeSum() / (double) tally.likelihoodPairs(),
                        tally.likelihoodAfterSum() / (double) tally.likelihoodPairs()},
                InsightCaptions.likelihood(total, period));
        return new InsightsReport(total.done(), calibration, distress, likelihood,
                new AreaFigure(areas, InsightCaptions.areas(areas, period)),
                figures.repeatedSeries(scope, zone, REPEATS_OFFERED));
    }

    /**
     * Distress and likelihood across the times one series was done within what the request
     * covers, first to latest.
     */
    public RepeatsFigure repeats(long seriesId, InsightRequest request) {
        InsightScope scope = scope(request);
        List<Exposure> done = exposures.series(seriesId).stream()
                .filter(exposure -> exposure.status() == ExposureStatus.DONE && exposure.doneAt() != null)
                .sorted(Comparator.comparing(Exposure::doneAt))
                .toList();
        List<RepeatsFigure.Time> times = new ArrayList<>();
        boolean withYear = spansYears(done);
        for (int i = 0; i < done.size(); i++) {
            Exposure exposure = done.get(i);
            // Each time keeps its place in the whole series, even when a period shows only some.
            if (covers(scope, exposure)) {
                times.add(new RepeatsFigure.Time(ordinal(i + 1) + " · " + day(exposure, withYear),
                        value(exposure.plan().expectedDistress()), value(exposure.distress().peak()),
                        value(exposure.plan().likelihood()),
                        exposure.reflection() == null ? null
                                : value(exposure.reflection().likelihoodAfter())));
            }
        }
        if (times.isEmpty()) {
            throw new NotPossibleNowException(Reason.of("notNow.notInPeriod"),
                    "That exposure was not done in what you chose.");
        }
        String mistake = done.get(0).plan().mistake();
        return new RepeatsFigure(mistake, times, InsightCaptions.repeats(shortened(mistake), times));
    }

    /** Answers to "What did I learn?" in date order, newest or oldest first. */
    public LearningPage learned(InsightRequest request, boolean newestFirst, int offset, int limit) {
        InsightScope scope = scope(request);
        ZoneId zone = clock.getZone();
        return new LearningPage(figures.learnings(scope, zone, newestFirst, offset, limit),
                figures.countLearnings(scope, zone));
    }

    private boolean covers(InsightScope scope, Exposure exposure) {
        LocalDate day = day(exposure);
        return (scope.from() == null || !day.isBefore(scope.from()))
                && (scope.to() == null || !day.isAfter(scope.to()))
                && (scope.ladderId() == null || scope.ladderId().equals(exposure.plan().ladderId()))
                && (scope.category() == null || scope.category() == exposure.plan().category());
    }

    private static List<Bucket> grouped(List<DayTally> days, TimeGrain grain) {
        Map<LocalDate, DayTally> sums = new LinkedHashMap<>();
        for (DayTally day : days) {
            LocalDate start = grain.start(day.day());
            sums.merge(start, day, (sum, more) -> sum.plus(more));
        }
        return sums.entrySet().stream()
                .map(entry -> new Bucket(grain.label(entry.getKey()), entry.getValue()))
                .toList();
    }

    /**
     * A point per exposure when {@code each} holds them all, else the average of each bucket.
     * Either function gives null where a point has nothing to show.
     */
    private PairFigure pairs(List<Exposure> each, List<Bucket> buckets, TimeGrain grain,
                                    Function<Exposure, double[]> ofExposure,
                                    Function<DayTally, double[]> ofTally, String caption) {
        List<PairFigure.Point> points = new ArrayList<>();
        if (each != null) {
            boolean withYear = spansYears(each);
            for (Exposure exposure : each) {
                double[] pair = ofExposure.apply(exposure);
                if (pair != null) {
                    points.add(new PairFigure.Point(day(exposure, withYear), pair[0], pair[1]));
                }
            }
            return new PairFigure(points, Sentences.get("grain.eachExposure"), caption);
        }
        for (Bucket bucket : buckets) {
            double[] pair = ofTally.apply(bucket.tally());
            if (pair != null) {
                points.add(new PairFigure.Point(bucket.label(), pair[0], pair[1]));
            }
        }
        return new PairFigure(points, Sentences.format("grain.average", grain.each()), caption);
    }

    private static double[] pair(Integer first, Integer second) {
        return first == null || second == null ? null : new double[] {first, second};
    }

    private static Integer value(Suds suds) {
        return suds == null ? null : suds.value();
    }

    private static Integer value(Percent percent) {
        return percent == null ? null : percent.value();
    }

    /** Whether exposures, earliest first, were done in more than one year. */
    private boolean spansYears(List<Exposure> done) {
        return !done.isEmpty() && day(done.get(0)).getYear() != day(done.get(done.size() - 1)).getYear();
    }

    private LocalDate day(Exposure exposure) {
        return LocalDate.ofInstant(exposure.doneAt(), clock.getZone());
    }

    /** "2 Nov", or "2 Nov 25" among days of more than one year. */
    private String day(Exposure exposure, boolean withYear) {
        return DateTimeFormatter.ofPattern(withYear ? DAY_IN_YEAR : SHORT_DAY, Sentences.locale())
                .format(day(exposure));
    }

    private static String ordinal(int n) {
        return Sentences.format(n % 100 >= 11 && n % 100 <= 13 ? "grain.ordinal.th"
                : switch (n % 10) {
                    case 1 -> "grain.ordinal.st";
                    case 2 -> "grain.ordinal.nd";
                    case 3 -> "grain.ordinal.rd";
                    default -> "grain.ordinal.th";
                }, n);
    }

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59).strip() + "…";
    }
}
