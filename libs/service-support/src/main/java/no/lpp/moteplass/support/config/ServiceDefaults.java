package no.lpp.moteplass.support.config;

import no.lpp.moteplass.tracing.DefaultsFile;

/**
 * Adds {@code moteplass-service-defaults.yml} as the lowest-priority property source, so every service runs on the same
 * defaults while its own configuration and the environment still win.
 */
public class ServiceDefaults extends DefaultsFile {

    public ServiceDefaults() {
        super("moteplass-service-defaults.yml");
    }
}
