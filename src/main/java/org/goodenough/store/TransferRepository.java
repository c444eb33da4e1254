package org.goodenough.store;

import org.goodenough.domain.ImportCount;
import org.goodenough.domain.PortableJournal;
import org.goodenough.domain.Progress;

/** Takes a whole journal out, as records with stable ids, and brings such records in. */
public interface TransferRepository {

    /**
     * Passes every record to {@code sink}, from one consistent view of the journal: everything,
     * or, when {@code ladderId} is given, that ladder and the exposures on it.
     */
    void read(Long ladderId, PortableSink sink);

    /** The stable ids the journal holds now. */
    KnownIds knownIds();

    /**
     * Adds the records the journal does not hold yet, all in one transaction; records it holds
     * already are left as they are. A cancel reported through {@code progress} undoes it all.
     *
     * @throws StoreException when a record points to a ladder or exposure that is in neither
     *                        the journal nor the records, or the journal cannot be written
     */
    ImportCount write(PortableJournal journal, Progress progress);
}
