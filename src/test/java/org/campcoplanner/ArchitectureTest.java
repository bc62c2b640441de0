package org.campcoplanner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the dependencies pointing one way: ui -> services -> planning core, never back. */
@AnalyzeClasses(packages = "org.campcoplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule planningCoreIsPlainJava = noClasses()
            .that().resideInAPackage("org.campcoplanner.planning..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "com.vaadin..")
            .because("the solver core (model, rules, format) must run without Spring, JPA or Vaadin");

    @ArchTest
    static final ArchRule planningCoreKnowsNothingOfTheApp = noClasses()
            .that().resideInAPackage("org.campcoplanner.planning..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campcoplanner.camp..", "org.campcoplanner.cli..",
                    "org.campcoplanner.base..");

    @ArchTest
    static final ArchRule servicesDoNotReachIntoViews = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .and().resideOutsideOfPackage("org.campcoplanner")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.campcoplanner.(*)..")
            .should().beFreeOfCycles();
}
