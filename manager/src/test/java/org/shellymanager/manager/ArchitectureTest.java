package org.shellymanager.manager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Feature packages keep their controllers and stores to themselves and do not depend on each other in circles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shellymanager.manager");

    @Test
    void looksAtTheWholeServer() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().matches("org\\.shellymanager\\.manager\\.(inventory|discovery|job|platform|security|demo)")))
                .hasSizeGreaterThan(60);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(RestController.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void storesAreUsedOnlyInsideTheirFeature() {
        classes().that().areAnnotatedWith(Repository.class).and().haveSimpleNameStartingWith("Jdbc")
                .and().resideOutsideOfPackage("..platform..")
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.shellymanager.manager.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void platformAndSecurityDependOnNoFeature() {
        classes().that().resideInAnyPackage("..manager.platform..", "..manager.security..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("..manager.inventory..", "..manager.discovery..",
                        "..manager.job..", "..manager.demo..", "..manager.cli..")
                .check(CLASSES);
    }
}
