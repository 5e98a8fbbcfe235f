package org.shellymanager.manager.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test class once per database kind (SQLite, PostgreSQL, MariaDB), each time against a fresh migrated
 * database that the class receives in a field {@code @Parameter TestDatabase database} and that is dropped
 * after the class's tests ran on it. A server that cannot be reached skips the run outside {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@ArgumentsSource(MigratedDatabases.class)
public @interface OnEveryDatabase {
}
