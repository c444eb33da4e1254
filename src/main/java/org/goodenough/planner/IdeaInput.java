package org.goodenough.planner;

import org.goodenough.domain.Category;
import org.goodenough.domain.Stakes;

/** An idea of the person's own, as typed. Only the title is required. */
public record IdeaInput(String title, Category category, Stakes stakes, String tip) {
}
