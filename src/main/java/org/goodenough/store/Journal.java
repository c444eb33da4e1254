package org.goodenough.store;

import java.nio.file.Path;

/** An open journal file and the repositories that read and write it. */
public final class Journal implements AutoCloseable {

    private final Database database;
    private final ExposureRepository exposures;
    private final LadderRepository ladders;
    private final IdeaRepository ideas;
    private final SettingRepository settings;
    private final InsightRepository insights;
    private final SearchRepository search;
    private final TransferRepository transfer;

    private Journal(Database database) {
        this.database = database;
        this.exposures = new SqliteExposureRepository(database);
        this.ladders = new SqliteLadderRepository(database);
        this.ideas = new SqliteIdeaRepository(database);
        this.settings = new SqliteSettingRepository(database);
        this.insights = new SqliteInsightRepository(database);
        this.search = new SqliteSearchRepository(database);
        this.transfer = new SqliteTransferRepository(database);
    }

    /** Opens (or creates) the journal at {@code file}; see {@link Database#open(Path)}. */
    public static Journal open(Path file) {
        return new Journal(Database.open(file));
    }

    public Path file() {
        return database.file();
    }

    /** See {@link Database#putBack()}. */
    public void putBack() {
        database.putBack();
    }

    Database database() {
        return database;
    }

    public ExposureRepository exposures() {
        return exposures;
    }

    public LadderRepository ladders() {
        return ladders;
    }

    public IdeaRepository ideas() {
        return ideas;
    }

    public SettingRepository settings() {
        return settings;
    }

    public InsightRepository insights() {
        return insights;
    }

    public SearchRepository search() {
        return search;
    }

    public TransferRepository transfer() {
        return transfer;
    }

    @Override
    public void close() {
        SearchScrub.runIfDue(database);
        database.close();
    }
}
