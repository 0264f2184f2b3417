package io.github.jixiao.core.value;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate Validator's start-up line (校验器启动日志), {@code HV000001: Hibernate Validator
 * 9.1.6.Final}, kept out of a program that merely uses Jixiao. Hibernate Validator logs through
 * JBoss Logging, which hands it to the application's logging — JBoss LogManager, Log4j 2,
 * Logback through SLF4J, Log4j — and, when it finds none of them, to {@code java.util.logging},
 * whose default configuration prints every INFO line to standard error.
 *
 * <p>Only in that last case, and only if nobody set it, this lowers the one logger that says it,
 * {@value #LOGGER}, to WARNING: its warnings still show, no other logger is touched, and an
 * application that set that logger's level itself (in {@code logging.properties} or in code,
 * before Jixiao validates its first value) keeps its choice. Where JBoss Logging found the
 * application's logging the line goes there, as the application's configuration says. Without
 * JBoss Logging (another Bean Validation provider) there is nothing to quiet.
 */
final class ValidatorBanner {

  /** The logger Hibernate Validator's version line is written to. */
  static final String LOGGER = "org.hibernate.validator.internal.util.Version";

  /** JBoss Logging's logger over {@code java.util.logging}, its last resort. */
  private static final String JUL_FALLBACK = "org.jboss.logging.JDKLogger";

  // java.util.logging holds its loggers weakly: a logger collected forgets the level set on it.
  private static volatile Logger held;

  private ValidatorBanner() {}

  /**
   * Quiets the line before the provider starts, if JBoss Logging, as the bootstrap's class
   * loaders (the thread's context loader, then Jixiao's) see it, would write it to {@code
   * java.util.logging}.
   */
  static void quiet() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    boolean julFallback = context != null && fallsBackToJul(context)
        || fallsBackToJul(ValidatorBanner.class.getClassLoader());
    if (julFallback) {
      Logger logger = Logger.getLogger(LOGGER);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      held = logger;
    }
  }

  /** Whether the JBoss Logging {@code loader} sees writes {@value #LOGGER} to JUL. */
  static boolean fallsBackToJul(ClassLoader loader) {
    try {
      Class<?> jboss = Class.forName("org.jboss.logging.Logger", true, loader);
      Method getLogger = jboss.getMethod("getLogger", String.class);
      return getLogger.invoke(null, LOGGER).getClass().getName().equals(JUL_FALLBACK);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
      return false; // no JBoss Logging there: no Hibernate Validator line from there either
    }
  }
}
