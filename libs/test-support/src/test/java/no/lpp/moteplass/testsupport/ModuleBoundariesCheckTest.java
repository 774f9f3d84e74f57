package no.lpp.moteplass.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import no.lpp.moteplass.testsupport.boundaries.tangled.Tangled;
import no.lpp.moteplass.testsupport.boundaries.tidy.Tidy;
import org.junit.jupiter.api.Test;

/** The boundary and naming checks every service runs, on the two fixture applications in {@code boundaries}. */
class ModuleBoundariesCheckTest {

    /** The fixtures are test classes, which the services' check leaves out. */
    private static final ImportOption FIXTURES = location -> true;

    @Test
    void passesWhenFeaturesUseEachOtherInOneDirectionThroughTheirOwnPackages() {
        assertThatCode(() -> ModuleBoundariesTest.verify(Tidy.class, FIXTURES)).doesNotThrowAnyException();
    }

    @Test
    void namesACycleBetweenTwoFeatures() {
        assertThatThrownBy(() -> ModuleBoundariesTest.verify(Tangled.class, FIXTURES))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("Slice meeting")
                .hasMessageContaining("Slice notification");
    }

    @Test
    void namesAFeatureReachingIntoAnothersSubpackage() {
        assertThatThrownBy(() -> ModuleBoundariesTest.verify(Tangled.class, FIXTURES))
                .hasMessageContaining("Module 'listing' depends on non-exposed type")
                .hasMessageContaining("tangled.registration.web.RegistrationForm within module 'registration'");
    }

    @Test
    void acceptsClassesNamedForTheirRole() {
        assertThatCode(() -> RoleNames.verify(Tidy.class, FIXTURES)).doesNotThrowAnyException();
    }

    @Test
    void namesAServiceNotNamedForItsRoleAndADeskOutsideItsFeature() {
        assertThatThrownBy(() -> RoleNames.verify(Tangled.class, FIXTURES))
                .hasMessageContaining("tangled.notification.Letters")
                .hasMessageContaining("tangled.registration.PlanningDesk is not in a package named planning");
    }
}
