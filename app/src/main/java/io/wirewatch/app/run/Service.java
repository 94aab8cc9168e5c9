package io.wirewatch.app.run;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The services a wirewatch process can run. */
public enum Service {
    INGEST, PROCESSOR, ALERTS, DASHBOARD;

    /** Parses a comma-separated list such as {@code ingest,processor}; empty means all. */
    public static Set<Service> parseList(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.allOf(Service.class);
        }
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String name : list.split(",")) {
            try {
                services.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown service '" + name.trim() + "' (use ingest, processor, alerts, dashboard)");
            }
        }
        return services;
    }
}
