package org.goodenough;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.goodenough.app.PrivateLogAppender;
import org.goodenough.store.Backup;
import org.goodenough.store.BackupKind;
import org.goodenough.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the code: ui → planner → store → domain, and JavaFX only in the UI. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.goodenough");
    }

    @Test
    void nothingOutsideTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.goodenough.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theDomainStandsAlone() {
        noClasses().that().resideInAPackage("org.goodenough.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.goodenough.store..", "org.goodenough.planner..", "org.goodenough.ui..",
                        "org.goodenough.app..", "java.sql..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNoScreenAndNoUseCase() {
        noClasses().that().resideInAPackage("org.goodenough.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.goodenough.planner..", "org.goodenough.ui..", "org.goodenough.app..")
                .check(classes);
    }

    @Test
    void exchangeFormatsKnowNoScreenAndNoUseCase() {
        noClasses().that().resideInAPackage("org.goodenough.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.goodenough.planner..", "org.goodenough.ui..", "org.goodenough.app..")
                .check(classes);
    }

    @Test
    void thePlannerKnowsNoScreen() {
        noClasses().that().resideInAPackage("org.goodenough.planner..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.goodenough.ui..", "org.goodenough.app..")
                .check(classes);
    }

    /**
     * The UI may recognise a store failure to word it, and show a backup's name and kind, but
     * never reads or writes itself.
     */
    @Test
    void theUiReachesTheJournalOnlyThroughThePlanner() {
        noClasses().that().resideInAPackage("org.goodenough.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.goodenough.store..")
                        .and(not(assignableTo(StoreException.class)))
                        .and(not(assignableTo(Backup.class)))
                        .and(not(assignableTo(BackupKind.class))))
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    /** Except the appender that keeps the log's files private, which logback.xml names. */
    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses().that().doNotHaveFullyQualifiedName(PrivateLogAppender.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.util.logging..", "ch.qos.logback..", "org.apache.log4j..")
                .check(classes);
    }
}
