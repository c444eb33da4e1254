package org.goodenough.store;

import java.util.Optional;

/** Small settings kept with the journal, such as whether the safety note was read. */
public interface SettingRepository {

    Optional<String> get(String key);

    void put(String key, String value);
}
