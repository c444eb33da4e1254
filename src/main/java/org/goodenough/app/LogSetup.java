package org.goodenough.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's logging, set up in code (found by logback as a service) rather than read from an
 * XML file: reading one loaded about 350 classes more at every start, a parser among them.
 *
 * <ul>
 *   <li>The log lives in the data folder, {@code good-enough.log}, rolled at 1 MB into three
 *       older files, readable by its owner alone ({@link PrivateLogAppender}); the folder is
 *       the {@code goodenough.logdir} property the launcher sets (of the logging context, else
 *       of the system). Without one, the appender refuses the shared temporary folder and the
 *       log goes to the console only.</li>
 *   <li>Warnings and errors also go to standard error; standard output is for what commands
 *       print.</li>
 *   <li>PDFBox and its fonts (which log through commons-logging, handed over to SLF4J) write
 *       to the file only, from WARN.</li>
 *   <li>Journal text is never logged at INFO or above; that is up to each caller.</li>
 * </ul>
 *
 * When a {@code logback-test.xml} is on the class path or {@code logback.configurationFile}
 * is given, this steps aside and logback reads that file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String FOLDER_PROPERTY = "goodenough.logdir";
    private static final String FILE_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n";
    private static final String CONSOLE_PATTERN = "%-5level %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the app logs; also for tests that log as the app does. */
    public static void apply(LoggerContext context) {
        String folder = context.getProperty(FOLDER_PROPERTY);
        if (folder == null) {
            folder = System.getProperty(FOLDER_PROPERTY, System.getProperty("java.io.tmpdir"));
        }
        PrivateLogAppender<ILoggingEvent> file = new PrivateLogAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/good-enough.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/good-enough.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("1MB"));
        size.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setContext(context);
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        for (String library : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            Logger logger = context.getLogger(library);
            logger.setLevel(Level.WARN);
            logger.setAdditive(false);
            logger.addAppender(file);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
