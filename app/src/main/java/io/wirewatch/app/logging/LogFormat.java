package io.wirewatch.app.logging;

import java.net.URL;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Text or JSON lines on stderr: {@code logback.xml} or {@code logback-json.xml}. Logback configures
 * itself from the first before the command line is parsed, so {@link #use} reloads it.
 */
public enum LogFormat {
    TEXT("/logback.xml"), JSON("/logback-json.xml");

    private final String resource;

    LogFormat(String resource) {
        this.resource = resource;
    }
    /** Context property that JSON lines carry as {@code context.properties.service}. */
    static final String SERVICE = "service";

    /**
     * Switches every logger to this format and names the services in JSON lines. Does nothing when
     * logback is not the SLF4J binding (an embedding application configures its own logging).
     *
     * @param services what JSON lines give as the service, e.g. {@code processor} or {@code ingest,processor,alerts}
     */
    public void use(String services) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return;
        }
        URL config = LogFormat.class.getResource(resource);
        if (config == null) {
            return;
        }
        context.reset();
        context.putProperty(SERVICE, services);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + config + ": " + e.getMessage(), e);
        }
    }
}
