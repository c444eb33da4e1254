package org.goodenough.planner;

import org.goodenough.domain.Exposure;

/**
 * What deleting an exposure would remove, to show the person before they confirm. The
 * planner deletes only with a request it made.
 *
 * @param exposure    the exposure to delete
 * @param consequence a plain sentence saying what goes and what stays
 */
public record DeletionRequest(Exposure exposure, String consequence) {
}
