package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word the screens show comes from a bundle. The real app runs in a made-up language
 * whose words are the English ones marked ⟦like this⟧ (the bundles are written for the test
 * only), every screen is opened, and any text a person could see or hear (a label, a button, a
 * prompt, a tooltip, a menu item, a tab, a chart's axis or an accessible text) that holds a word
 * neither marked nor from the journal itself fails the test.
 */
class EveryWordFromTheBundlesWindowTest {

    private static final Locale MARKED = Locale.forLanguageTag("en-XA");
    private static final Pattern INNERMOST = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words typed into the search, shown back as the person typed them. */
    private static final String SEARCHED = "nobody";
    private static Locale before;

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    private final Set<String> unmarked = new LinkedHashSet<>();
    private Set<String> journalWords;

    @BeforeAll
    static void speakTheMarkedLanguage() throws Exception {
        Path classes = Path.of(EveryWordFromTheBundlesWindowTest.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        marked("org/goodenough/ui/texts", classes);
        marked("org/goodenough/planner/sentences", classes);
        before = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, MARKED);
    }

    @AfterAll
    static void speakAsBefore() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
        Texts.use(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void everyScreenShowsOnlyWordsFromTheBundles() throws Exception {
        Path journal = folder.resolve("history.db");
        SampleJournal.history(journal);
        journalWords = wordsOf(journal);
        window.start(journal);
        window.await("#welcome");
        look("the journal");

        window.clickOn("#tabDONE");
        window.clickOn(window.<Node>await("#listDONE .list-cell"));
        window.await("#reflectionFacts");
        look("an exposure done");
        window.reach("#reflect");
        window.await("#planBeside");
        look("the reflection");
        window.reach("#cancel");

        window.clickOn("#newPlan");
        window.type("#expectedDistress", "120");
        window.reach("#savePlan");
        window.await(".field-problem");
        look("the plan form with a problem");
        window.reach("#cancel");
        window.answer(Texts.get("common.leaveWithoutSaving"));

        window.clickOn("#showLibrary");
        window.clickOn(window.<Node>await("#ideas .list-cell"));
        look("the idea library");

        window.clickOn("#showLadders");
        window.await("#ladders");
        look("the ladders");
        window.clickOn("Visible mistakes at work");
        window.await("#rungs");
        look("a ladder");

        window.clickOn("#showInsights");
        window.await("#calibrationChart");
        look("the insights");

        window.clickOn("#showLearned");
        window.await("#learnings .learning");
        look("what I learned");

        window.clickOn("#showSearch");
        window.write(SEARCHED);
        window.await("#searchResults .search-match");
        look("the search");

        window.clickOn("#showData");
        window.waitFor(() -> !window.lookup("#backups").queryListView().getItems().isEmpty());
        look("your data");

        window.clickOn("#help").clickOn("#showGuide");
        window.await("#guideStep");
        look("the guide");

        assertEquals(List.of(), List.copyOf(unmarked),
                "words on screen that are not from a bundle (nor from the journal)");
    }

    /** Notes every shown text on the window now that holds a word not from a bundle. */
    private void look(String where) {
        window.interact(() -> visit(window.stage().getScene().getRoot(), where));
    }

    private void visit(Node node, String where) {
        if (!node.isVisible()) {
            return;
        }
        // A chart's bars and points are spoken by JavaFX itself ("… X Axis is …"), from the
        // series and category names checked below.
        if (node.getAccessibleText() == null || !node.getAccessibleText().contains(" Axis is ")) {
            check(node.getAccessibleText(), where, node);
        }
        check(node.getAccessibleHelp(), where, node);
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), where, node);
        }
        if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
            check(text.getText(), where, node);
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), where, node);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            check(control.getTooltip().getText(), where, node);
        }
        if (node instanceof MenuButton menu) {
            menu.getItems().forEach(item -> visit(item, where, node));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getText).forEach(text -> check(text, where, node));
        }
        if (node instanceof ComboBox<?> box) {
            showChoices(box, where);
        }
        if (node instanceof Axis<?> axis) {
            check(axis.getLabel(), where, node);
        }
        if (node instanceof XYChart<?, ?> chart) {
            chart.getData().forEach(series -> check(series.getName(), where, node));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, where));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void showChoices(ComboBox box, String where) {
        if (box.getConverter() == null) {
            return;
        }
        for (Object item : box.getItems()) {
            check(box.getConverter().toString(item), where, box);
        }
    }

    private void visit(MenuItem item, String where, Node owner) {
        check(item.getText(), where, owner);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(each -> visit(each, where, owner));
        }
    }

    private void check(String text, String where, Node node) {
        if (text == null) {
            return;
        }
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = INNERMOST.matcher(rest).replaceAll(" ");
        }
        Matcher words = WORD.matcher(rest);
        while (words.find()) {
            if (!journalWords.contains(words.group())) {
                unmarked.add(where + ", " + node.getClass().getSimpleName() + ": \"" + text + "\"");
                return;
            }
        }
    }

    /**
     * The words a person wrote in the journal (and the built-in ideas, which are content, not
     * words of the screens), and the names of months, which dates are written with.
     */
    private static Set<String> wordsOf(Path journal) throws IOException {
        StringBuilder all = new StringBuilder();
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            OutputStream out = new ByteArrayOutputStream();
            session.export().write(ExportFormat.JSON, null, out, Progress.NONE);
            all.append(out);
        }
        try (InputStream ideas = JournalSession.class.getResourceAsStream("ideas.json")) {
            all.append(new String(ideas.readAllBytes(), StandardCharsets.UTF_8));
        }
        all.append(' ').append(SEARCHED);
        Set<String> words = new HashSet<>();
        Matcher found = WORD.matcher(all);
        while (found.find()) {
            words.add(found.group());
        }
        DateFormatSymbols months = DateFormatSymbols.getInstance(MARKED);
        words.addAll(Arrays.asList(months.getMonths()));
        words.addAll(Arrays.asList(months.getShortMonths()));
        words.addAll(Arrays.asList(months.getAmPmStrings()));
        return words;
    }

    /** Writes, beside the test's classes, the bundle {@code name} with every value marked. */
    private static void marked(String name, Path classes) throws IOException {
        Properties english = new Properties();
        try (InputStream in = EveryWordFromTheBundlesWindowTest.class.getClassLoader()
                .getResourceAsStream(name + ".properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties marked = new Properties();
        english.forEach((key, value) -> marked.put(key, "⟦" + value + "⟧"));
        Path file = classes.resolve(name + "_en_XA.properties");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            marked.store(out, "Written by EveryWordFromTheBundlesWindowTest; every value marked");
        }
    }
}
