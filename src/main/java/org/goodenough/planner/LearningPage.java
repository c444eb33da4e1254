package org.goodenough.planner;

import java.util.List;
import org.goodenough.domain.Learning;

/** Some answers to "What did I learn?", and how many there are in all. */
public record LearningPage(List<Learning> learnings, int total) {
}
