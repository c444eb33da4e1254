package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.goodenough.domain.Idea;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window speaks the language kept in the app's settings, and offers the choice itself. */
class LanguageWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void germanChosenInTheSettingsShowsAGermanWindow() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(LanguageChoice.GERMAN));
        window.start(journal(), settings);
        window.await("#welcome");

        assertEquals("Fehler planen", window.<Labeled>await("#newPlan").getText());
        assertEquals("Leitern", window.<Labeled>await("#showLadders").getText());
        MenuButton help = window.await("#help");
        assertEquals("Hilfe", help.getText());
        assertEquals("Sprache", help.getItems().stream().filter(item -> "language".equals(item.getId()))
                .findFirst().orElseThrow().getText());
        TabPane tabs = window.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Geplant", tabs.getTabs().stream().map(Tab::getText).findFirst().orElseThrow());

        window.clickOn("#newPlan");
        window.type("#expectedDistress", "120");
        window.reach("#savePlan");
        Labeled problem = window.await(".field-problem");
        assertTrue(problem.getText().startsWith("Schreib den kleinen Fehler auf"), problem.getText());
    }

    @Test
    void aGermanWindowOffersAndFindsTheIdeasInGerman() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(LanguageChoice.GERMAN));
        window.start(journal(), settings);
        window.await("#welcome");

        window.clickOn("#showLibrary");
        ListView<Idea> ideas = window.await("#ideas");
        window.type("#ideaSearch", "tippfehler team");
        window.waitFor(() -> ideas.getItems().size() == 1);
        String title = "Eine Nachricht im Team-Chat mit einem kleinen Tippfehler abschicken";
        assertEquals(title, ideas.getItems().get(0).title());
        window.clickOn(window.from(ideas).lookup(".exposure-cell").<Node>query());
        window.clickOn("#planThis");
        window.awaitText("#mistake", title);
    }

    @Test
    void choosingGermanIsKeptForTheNextStart() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(LanguageChoice.ENGLISH));
        window.start(journal(), settings);
        window.await("#welcome");
        assertEquals("Plan a mistake", window.<Labeled>await("#newPlan").getText());

        window.clickOn("#help").clickOn("#language").clickOn("#languageGERMAN");
        window.awaitText("#journalMessage", Texts.get("language.nextStart"));
        window.waitFor(() -> AppPreferences.at(settings).settings().language() == LanguageChoice.GERMAN);
        window.stop();

        window.start(folder.resolve("journal.db"), settings);
        window.await("#welcome");
        assertEquals("Fehler planen", window.<Labeled>await("#newPlan").getText());
    }

    @Test
    void theDatePickersCalendarNamesTheMonthInTheWindowsLanguageUntilTheAppStops() throws Exception {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        try {
            Path settings = folder.resolve("settings.json");
            AppPreferences.at(settings).update(s -> s.withLanguage(LanguageChoice.GERMAN));
            window.start(journal(), settings);
            window.clickOn("#newPlan");
            DatePicker date = window.await("#date");
            window.interact(date::show);
            String month = LocalDate.now().getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                    Locale.GERMAN);
            window.waitFor(() -> window.lookup(".date-picker-popup .label").queryAllAs(Label.class)
                    .stream().anyMatch(label -> label.getText().contains(month)));
            // The region stays the person's: only the language follows the window.
            assertEquals(new Locale("de", "US"), Locale.getDefault(Locale.Category.FORMAT));
            window.interact(date::hide);
            window.stop();
            assertEquals(Locale.US, Locale.getDefault(Locale.Category.FORMAT));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private Path journal() throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
        }
        return journal;
    }
}
