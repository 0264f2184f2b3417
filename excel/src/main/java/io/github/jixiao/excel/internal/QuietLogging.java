package io.github.jixiao.excel.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.NoOpThreadContextMap;
import org.apache.logging.log4j.spi.Provider;

/**
 * The log4j provider of last resort that jixiao-excel brings (静默日志): POI logs through
 * log4j-api, and with no provider on the class path log4j-api prints "could not find a logging
 * provider" to stderr and then POI's errors — words a user of Jixiao must never see. This
 * provider is registered through {@code META-INF/services/org.apache.logging.log4j.spi.Provider}
 * with the lowest priority, {@value #PRIORITY}, so that an application's own log4j-core (10) or
 * log4j-to-slf4j (15) wins over it and receives POI's logs as before; only when there is none
 * does this one answer, with loggers that are never enabled.
 */
public final class QuietLogging extends Provider {

  /** Below every provider log4j ships (log4j-core 10, log4j-to-slf4j 15). */
  static final int PRIORITY = 1;

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public QuietLogging() {
    super(PRIORITY, "2.6.0", Factory.class, NoOpThreadContextMap.class);
  }

  /** Makes the one silent context. */
  public static final class Factory implements LoggerContextFactory {

    private static final Context CONTEXT = new Context();

    /** Creates the factory; log4j-api calls it. */
    public Factory() {}

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object external,
        boolean currentContext) {
      return CONTEXT;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object external,
        boolean currentContext, URI configLocation, String name) {
      return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {
      // the one context lives as long as the class
    }
  }

  /** Hands out silent loggers, one a name. */
  private static final class Context implements LoggerContext {

    private final Map<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

    @Override
    public Object getExternalContext() {
      return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
      return loggers.computeIfAbsent(name, SilentLogger::new);
    }

    @Override
    public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
      return getLogger(name);
    }

    @Override
    public boolean hasLogger(String name) {
      return loggers.containsKey(name);
    }

    @Override
    public boolean hasLogger(String name, MessageFactory messageFactory) {
      return hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
      return hasLogger(name);
    }
  }
}
