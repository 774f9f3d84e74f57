package no.lpp.moteplass.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the build's shared Keycloak as this module's tests begin, without waiting for it. Its first start takes most
 * of a minute; the modules built between here and the first test that needs it (service-support, then the login
 * pages) cover much of that, which the build would otherwise spend waiting. {@link Keycloak#shared()} then waits for
 * the one already starting instead of starting another.
 */
public class KeycloakEarly implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Keycloak.startShared();
    }
}
