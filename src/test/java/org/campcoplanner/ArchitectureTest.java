package org.campcoplanner;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.campcoplanner.base.ui.DatePickers;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * What each kind of code may use, as a whitelist: the planning core, stored entities, feature
 * services, views, REST controllers and command-line tools. Dependencies point one way, ui and api
 * and cli -> services -> entities and the planning core, and feature packages form no cycle
 * (docs/design-decisions/0009-package-layout.md).
 */
@AnalyzeClasses(packages = "org.campcoplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "org.campcoplanner..";
    private static final String PLANNING = "org.campcoplanner.planning..";
    private static final String[] EDGES = {"..ui..", "..api..", "org.campcoplanner.cli.."};

    /** Our own classes but views, REST controllers and commands: what the edges of the app build on. */
    private static final DescribedPredicate<JavaClass> SERVICES_AND_TYPES = resideInAPackage(APP)
            .and(resideOutsideOfPackages(EDGES)).as("the features' services and types");

    @ArchTest
    static final ArchRule planningCoreUsesOnlyItselfAndItsLibraries = classes()
            .that().resideInAPackage(PLANNING)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PLANNING, "java..", "ai.timefold..",
                    "com.fasterxml.jackson..", "com.networknt..")
            .because("the solver core (model, rules, format) runs in the app, the command line and benchmarks "
                    + "alike, without Spring, JPA, Vaadin or anything of the app around it");

    @ArchTest
    static final ArchRule entitiesKnowOnlyPersistenceAndThePlansValues = classes()
            .that(annotatedWith(Entity.class).or(annotatedWith(Embeddable.class)).or(annotatedWith(MappedSuperclass.class)))
            .should(onlyHaveDependenciesWhere(targetIs(resideInAnyPackage("java..", "jakarta.persistence..",
                            "jakarta.validation..", "org.hibernate..", "org.campcoplanner.base..",
                            "org.campcoplanner.planning.format..")).or(targetInOwnPackageAndNotABean())
                    .as("target is persistence, validation, base, the plan format or a plain type of its own package")))
            .because("what is stored knows nothing of the services, views or API that use it");

    @ArchTest
    static final ArchRule servicesUseNeitherVaadinNorTheEdges = classes()
            .that(SERVICES_AND_TYPES.and(resideOutsideOfPackages(PLANNING)))
            .and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "jakarta..", "org.springframework..",
                    "org.hibernate..", "org.slf4j..", "ai.timefold..", "com.fasterxml.jackson..",
                    "org.apache.commons.csv..", "net.fortuna.ical4j..", "com.lowagie..", "com.github.kagkarlsson..",
                    "io.github.bucket4j..", "com.github.benmanes.caffeine..", "javax.crypto..", "org.jfree..",
                    "io.micrometer..", "org.postgresql..")
                    .or(SERVICES_AND_TYPES))
            .because("services run behind every channel (views, REST, commands, jobs), so none of them may "
                    + "depend on one channel");

    @ArchTest
    static final ArchRule viewsUseVaadinAndServices = classes()
            .that().resideInAPackage("..ui..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "com.vaadin..", "elemental..", "jakarta..",
                    "org.springframework..", "com.fasterxml.jackson..", "org.slf4j..")
                    .or(SERVICES_AND_TYPES).or(resideInAPackage("..ui..")));

    @ArchTest
    static final ArchRule restControllersUseSpringWebAndServices = classes()
            .that().resideInAPackage("..api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "jakarta..", "org.springframework..",
                    "com.fasterxml.jackson..", "io.swagger.v3.oas.models..").or(SERVICES_AND_TYPES)
                    .or(resideInAPackage("..api..")));

    @ArchTest
    static final ArchRule commandsUsePicocliAndServices = classes()
            .that().resideInAPackage("org.campcoplanner.cli..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "picocli..", "jakarta..",
                    "org.springframework..", "org.slf4j..", "ch.qos.logback..")
                    .or(SERVICES_AND_TYPES).or(resideInAPackage("org.campcoplanner.cli..")));

    @ArchTest
    static final ArchRule repositoriesOnlyFromServices = classes()
            .that().areAssignableTo(Repository.class)
            .should().onlyHaveDependentClassesThat(annotatedWith(Service.class).or(annotatedWith(Component.class))
                    .and(transactional()).or(assignableTo(Repository.class)))
            .because("views, controllers and commands go through a service, which checks access and owns "
                    + "the transaction");

    @ArchTest
    static final ArchRule viewsLiveInUiPackages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.campcoplanner.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noEntityReachesAView = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("views show what a service answers (records), so a stored row never leaks into a page "
                    + "nor changes from one by accident");

    @ArchTest
    static final ArchRule noViewUsesAnotherFeaturesViews = slices()
            .matching("org.campcoplanner.(*).ui..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.campcoplanner.base.ui.."))
            .because("a feature's pages are its own; what two features show alike lives in base.ui");

    @ArchTest
    static final ArchRule repositoriesOnlyFromTheirOwnFeature = classes()
            .that().areAssignableTo(Repository.class).and().resideOutsideOfPackage("org.campcoplanner.camp")
            .should(onlyBeUsedWithinTheirFeature())
            .because("a feature's tables are reached through that feature's services; only the stored camp's "
                    + "repositories serve the features built on the camp (design decision 0009)");

    @ArchTest
    static final ArchRule nothingPointsBackAtTheApplication = noClasses()
            .that().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName(Application.class.getName())
            .because("the application class only starts the app; features and commands stand on their own");

    @ArchTest
    static final ArchRule dateFieldsComeFromOnePlace = noClasses()
            .that().doNotHaveFullyQualifiedName(DatePickers.class.getName())
            .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                    .or(assignableTo(DateTimePicker.class)))))
            .because("every date field shows and reads dates year first, 2026-07-06, never 12/1/2026 "
                    + "(base.ui.DatePickers)");

    private static DescribedPredicate<Dependency> targetIs(DescribedPredicate<JavaClass> target) {
        return DescribedPredicate.describe("target " + target.getDescription(),
                dependency -> target.test(dependency.getTargetClass().getBaseComponentType()));
    }

    private static DescribedPredicate<Dependency> targetInOwnPackageAndNotABean() {
        DescribedPredicate<CanBeAnnotated> bean = annotatedWith(Service.class).or(annotatedWith(Component.class))
                .or(annotatedWith(Controller.class)).or(annotatedWith(RestController.class));
        return DescribedPredicate.describe("target in its own package and not a Spring bean", dependency -> {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            return target.getPackageName().equals(dependency.getOriginClass().getPackageName()) && !bean.test(target);
        });
    }

    /** The class or one of its methods runs in a transaction. */
    private static DescribedPredicate<JavaClass> transactional() {
        return DescribedPredicate.describe("transactional", type -> type.isAnnotatedWith(Transactional.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class)));
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirFeature() {
        return new ArchCondition<>("only be used within their feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !featureOf(dependency.getOriginClass()).equals(feature))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    /** The first package below org.campcoplanner, e.g. "people" for org.campcoplanner.people.ui. */
    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring("org.campcoplanner".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }
}
