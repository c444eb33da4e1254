package org.goodenough;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fixtures.network.NetworkUse;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import org.goodenough.app.PrivateLogAppender;
import org.goodenough.store.Backup;
import org.goodenough.store.BackupKind;
import org.goodenough.store.Reason;
import org.goodenough.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: ui → planner → store → domain, JavaFX only in the UI, and nothing
 * that reaches the network.
 */
class ArchitectureTest {

    /** What could carry the journal off the machine: sockets, channels, URL connections, HTTP. */
    private static final DescribedPredicate<JavaClass> NETWORK = assignableTo(Socket.class)
            .or(assignableTo(ServerSocket.class))
            .or(assignableTo(DatagramSocket.class))
            .or(assignableTo(SocketChannel.class))
            .or(assignableTo(ServerSocketChannel.class))
            .or(assignableTo(DatagramChannel.class))
            .or(assignableTo(AsynchronousSocketChannel.class))
            .or(assignableTo(AsynchronousServerSocketChannel.class))
            .or(assignableTo(URLConnection.class))
            .or(resideInAnyPackage("java.net.http..", "javax.net.."))
            .as("a socket, a network channel, a URL connection or an HTTP client");

    /** A URL may name a resource (a stylesheet); reading or connecting through one is not allowed. */
    private static final DescribedPredicate<JavaMethodCall> READS_A_URL = DescribedPredicate.describe(
            "URL.openConnection, URL.openStream or URL.getContent",
            call -> call.getTargetOwner().isAssignableTo(URL.class)
                    && Set.of("openConnection", "openStream", "getContent").contains(call.getName()));

    static final ArchRule NO_NETWORK = noClasses().should().dependOnClassesThat(NETWORK)
            .orShould().callMethodWhere(READS_A_URL)
            .because("the journal is private and never leaves the machine unless the person"
                    + " exports it to a file");

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
                        .and(not(assignableTo(Reason.class)))
                        .and(not(assignableTo(Backup.class)))
                        .and(not(assignableTo(BackupKind.class))))
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void nothingReachesTheNetwork() {
        NO_NETWORK.check(classes);
    }

    /** The rule above catches each way out, and leaves a URL that only names a resource alone. */
    @Test
    void theNetworkRuleCatchesCodeThatReachesOut() {
        for (Class<?> reachesOut : List.of(NetworkUse.OpensASocket.class,
                NetworkUse.ReadsAnAddress.class, NetworkUse.OpensAConnection.class,
                NetworkUse.UsesAnHttpClient.class, NetworkUse.OpensAChannel.class)) {
            assertTrue(NO_NETWORK.evaluate(new ClassFileImporter().importClasses(reachesOut))
                    .hasViolation(), reachesOut.getSimpleName());
        }
        assertFalse(NO_NETWORK.evaluate(new ClassFileImporter()
                .importClasses(NetworkUse.NamesAResource.class)).hasViolation());
    }

    /** Except the logging set-up and the appender that keeps the log's files private. */
    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses().that().doNotHaveFullyQualifiedName(PrivateLogAppender.class.getName())
                .and().doNotHaveFullyQualifiedName(org.goodenough.app.LogSetup.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.util.logging..", "ch.qos.logback..", "org.apache.log4j..")
                .check(classes);
    }
}
