package org.goodenough.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;

/**
 * The person's part of the idea library: the ideas they wrote, and which built-in ideas they
 * hid. Built-in ideas themselves ship with the app and are never written here.
 */
public interface IdeaRepository {

    /** Every idea the person wrote, hidden ones too, in the order they were written. */
    List<Idea> ownIdeas();

    Idea addOwn(String title, Category category, Stakes stakes, String tip, Instant now);

    Idea updateOwn(long id, String title, Category category, Stakes stakes, String tip, Instant now);

    Idea setOwnHidden(long id, boolean hidden, Instant now);

    /** The keys of the built-in ideas the person hid. */
    Set<String> hiddenBuiltIns();

    void setBuiltInHidden(String key, boolean hidden, Instant now);
}
