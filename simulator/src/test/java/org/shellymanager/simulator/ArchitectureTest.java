package org.shellymanager.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shellymanager.simulator");

    @Test
    void simulatorIsWrittenIndependentlyOfTheDeviceLibrary() {
        assertThat(classes.size()).isGreaterThan(60);
        noClasses().that().resideInAPackage("org.shellymanager.simulator..")
                .should().dependOnClassesThat().resideInAPackage("org.shellymanager.device..")
                .check(classes);
    }

    @Test
    void protocolDialectsDoNotUseEachOther() {
        assertThat(classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("gen1",
                c -> c.getPackageName().endsWith(".gen1")))).isNotEmpty();
        noClasses().that().resideInAPackage("..simulator.gen1..")
                .should().dependOnClassesThat().resideInAPackage("..simulator.rpc..").check(classes);
        noClasses().that().resideInAPackage("..simulator.rpc..")
                .should().dependOnClassesThat().resideInAPackage("..simulator.gen1..").check(classes);
    }
}
