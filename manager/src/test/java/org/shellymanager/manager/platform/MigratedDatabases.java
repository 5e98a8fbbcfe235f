package org.shellymanager.manager.platform;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * One fresh migrated {@link TestDatabase} per kind, created only when its run begins; JUnit closes (drops) each
 * after its run because it is {@link AutoCloseable}.
 */
final class MigratedDatabases implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Arrays.stream(TestDatabase.Kind.values()).map(kind -> Arguments.of(TestDatabase.create(kind).migrated()));
    }
}
