package no.lpp.moteplass.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Locale;

/**
 * The names {@code docs/conventions.md} gives each role, checked with ArchUnit: a feature's application service is
 * {@code <Feature>Desk} in the feature's own package, the keeper of another service's facts a {@code …Directory};
 * nothing else is a {@code @Service}. A repository is named for what it holds ({@code Meetings},
 * {@code KnownOrganizations}), never for its role; a client of another component's HTTP API is an {@code …Api}.
 */
final class RoleNames {

    // By name: test support does not need Spring's web and context jars to read the services' classes.
    private static final String SERVICE = "org.springframework.stereotype.Service";
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";
    private static final String HTTP_EXCHANGE = "org.springframework.web.service.annotation.HttpExchange";

    private RoleNames() {
    }

    static void verify(Class<?> application, ImportOption classes) {
        JavaClasses imported = new ClassFileImporter().withImportOption(classes)
                .importPackages(application.getPackageName());
        CompositeArchRule.of(classes().that().areAnnotatedWith(SERVICE)
                        .should().haveSimpleNameEndingWith("Desk").orShould().haveSimpleNameEndingWith("Directory")
                        .because("an application service is a feature's Desk, or the Directory of others' facts"))
                .and(classes().that().haveSimpleNameEndingWith("Desk").and().areTopLevelClasses()
                        .should().beAnnotatedWith(SERVICE).andShould(liveInTheirFeaturesPackage()))
                .and(noClasses().that().areAnnotatedWith(REPOSITORY)
                        .should().haveSimpleNameEndingWith("Desk").orShould().haveSimpleNameEndingWith("Directory")
                        .orShould().haveSimpleNameEndingWith("Service").orShould().haveSimpleNameEndingWith("Repository")
                        .because("a repository is named for what it holds"))
                .and(classes().that().areAnnotatedWith(HTTP_EXCHANGE).and().areInterfaces()
                        .should().haveSimpleNameEndingWith("Api"))
                .allowEmptyShould(true)
                .check(imported);
    }

    /** {@code PlanningDesk} in {@code …planning}, {@code FollowUpDesk} in {@code …followup}. */
    private static ArchCondition<JavaClass> liveInTheirFeaturesPackage() {
        return new ArchCondition<>("live in the package of the feature they are named for") {
            @Override
            public void check(JavaClass desk, ConditionEvents events) {
                String feature = desk.getSimpleName().replaceFirst("Desk$", "").toLowerCase(Locale.ROOT);
                String pkg = desk.getPackageName();
                boolean home = pkg.substring(pkg.lastIndexOf('.') + 1).equals(feature);
                events.add(new SimpleConditionEvent(desk, home, desk.getName() + " is not in a package named "
                        + feature));
            }
        };
    }
}
