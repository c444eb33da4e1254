-- Version 5: indexes that answer the window's lists and the insights without reading or
-- sorting every exposure. Each list's index holds exactly its WHERE and its ORDER BY, so a page
-- is read off the index in order; the insights' figures are read off indexes of done exposures
-- holding every column they add up, and the reflections' answers off one of their own. The
-- queries name these indexes (INDEXED BY), so their plans do not hang on guesses.

-- Upcoming: planned exposures, dated ones first by day and time, then undated.
CREATE INDEX exposure_upcoming
    ON exposure (planned_date IS NULL, planned_date, planned_time IS NULL, planned_time)
    WHERE status = 'PLANNED';

-- Not now: set aside or let go, the latest change first.
CREATE INDEX exposure_not_now ON exposure (updated_at) WHERE status IN ('NOT_NOW', 'LET_GO');

-- How many in each list: counted off the smallest index there can be.
CREATE INDEX exposure_by_status_alone ON exposure (status);

-- The insights' figures over done exposures by the day they were done (status is listed so
-- the index covers the queries' own WHERE as well).
CREATE INDEX exposure_done_figures
    ON exposure (done_at, category, stakes, ladder_id, repeat_of, expected_distress,
                 distress_peak, likelihood, status)
    WHERE status = 'DONE';

CREATE INDEX reflection_figures ON reflection (exposure_id, outcome, likelihood_after);

-- The areas and the repeated series group done exposures by area and by series: read in that
-- order off their own indexes, the groups come one after another and need no sorting.
CREATE INDEX exposure_done_areas
    ON exposure (category, stakes, done_at, ladder_id, status)
    WHERE status = 'DONE';

CREATE INDEX exposure_done_series
    ON exposure (coalesce(repeat_of, id), repeat_of, done_at, ladder_id, category, status)
    WHERE status = 'DONE';
