package no.lpp.moteplass.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the build's shared Keycloak as this module's tests begin, without waiting for it. Its first start takes most
 * of a minute; the modules built between here and the first test that needs it (tracing, web and service support,
 * then the login pages) cover most of that, which the build would otherwise spend waiting. {@link Keycloak#shared()}
 * then waits for the one already starting instead of starting another.
 */
public class KeycloakEarly implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Keycloak.startShared();
        } catch (RuntimeException e) {
            // This module's tests do not need Keycloak (e.g. run alone, before deploy/local has unpacked it): the
            // first test that does starts it, and says why if it cannot.
            System.err.println("Keycloak not started early: " + e.getMessage());
        }
    }
}
