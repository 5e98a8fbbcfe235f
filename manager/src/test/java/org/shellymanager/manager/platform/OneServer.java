package org.shellymanager.manager.platform;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for all the tests of a class, started before them and closed after them. Register it as a static
 * {@code @RegisterExtension} field; it is running before the class's own {@code @BeforeAll} methods run.
 */
public final class OneServer implements BeforeAllCallback, AfterAllCallback {

    private final String[] arguments;
    private RunningServer server;

    public OneServer(String... arguments) {
        this.arguments = arguments.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RunningServer.start(arguments);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public RunningServer get() {
        return server;
    }
}
