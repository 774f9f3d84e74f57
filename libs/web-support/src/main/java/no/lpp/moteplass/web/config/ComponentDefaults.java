package no.lpp.moteplass.web.config;

import no.lpp.moteplass.tracing.DefaultsFile;

/**
 * Adds {@code moteplass-component-defaults.yml} as a lowest-priority property source, so the services and the portal
 * run on the same defaults while their own configuration and the environment still win.
 */
public class ComponentDefaults extends DefaultsFile {

    public ComponentDefaults() {
        super("moteplass-component-defaults.yml");
    }
}
