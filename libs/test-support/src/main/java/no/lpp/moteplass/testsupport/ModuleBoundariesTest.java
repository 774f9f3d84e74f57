package no.lpp.moteplass.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The boundaries inside a service, written once here and run by each service's own subclass (which names the
 * service's application class). Every direct subpackage of the application's package is a feature; the check fails
 * when features depend on each other in a cycle, or when one uses a type inside another's subpackages (such as
 * {@code registration.web}): a feature offers the others only the types in its own package. Spring Modulith's
 * {@link ApplicationModules} does the reading, so a feature can publish a subpackage with {@code @NamedInterface}, or
 * be declared open with {@code @ApplicationModule(type = OPEN)}, in its {@code package-info.java}, where the reason
 * is written down.
 */
public abstract class ModuleBoundariesTest {

    private final Class<?> application;

    protected ModuleBoundariesTest(Class<?> application) {
        this.application = application;
    }

    @Test
    void featuresDependOnEachOtherWithoutCyclesAndOnlyOnWhatTheyPublish() {
        verify(application);
    }

    /** One name per role ({@code docs/conventions.md}): {@link RoleNames} says which. */
    @Test
    void classesAreNamedForTheirRole() {
        RoleNames.verify(application, new ImportOption.DoNotIncludeTests());
    }

    /** Throws, naming every cycle and every use of another feature's internals, for the service's main code. */
    public static void verify(Class<?> application) {
        verify(application, new ImportOption.DoNotIncludeTests());
    }

    /** The same for the classes {@code classes} admits; tests of the check read fixtures among test classes. */
    static void verify(Class<?> application, ImportOption classes) {
        // detectViolations, not verify(): ApplicationModules are cached, and verify() runs only once per instance.
        ApplicationModules.of(application, classes).detectViolations().throwIfPresent();
    }
}
