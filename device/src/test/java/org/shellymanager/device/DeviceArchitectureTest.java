package org.shellymanager.device;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The protocol library stays plain Java: no Spring, no database, nothing of the other modules. */
class DeviceArchitectureTest {

    private static final JavaClasses DEVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shellymanager.device");

    @Test
    void importsTheWholeLibrary() {
        assertThat(DEVICE.size()).isGreaterThan(60);
        assertThat(DEVICE.contain(ShellyDevices.class)).isTrue();
        assertThat(DEVICE.contain(org.shellymanager.device.rpc.RpcWebSocket.class)).isTrue();
    }

    @Test
    void dependsOnNoSpringNoDatabaseAndNoOtherModule() {
        noClasses().that().resideInAPackage("org.shellymanager.device..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..",
                        "org.shellymanager.simulator..", "org.shellymanager.manager..",
                        "org.shellymanager.provisioner..", "org.shellymanager.bench..")
                .check(DEVICE);
    }

    @Test
    void modelDoesNotDependOnTransportOrProtocolPackages() {
        noClasses().that().resideInAPackage("org.shellymanager.device.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.shellymanager.device.transport..", "org.shellymanager.device.rpc..",
                        "org.shellymanager.device.gen1..", "org.shellymanager.device.auth..", "java.net.http..")
                .check(DEVICE);
    }
}
