package org.shellymanager.manager.platform;

import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for every test class that registers this extension with the same arguments: started before the first
 * such class and closed when the whole test run ends. Only for classes whose tests neither depend on nor disturb what
 * the other classes' tests change, so that each class passes alone and in any order. Register it as a static
 * {@code @RegisterExtension} field; it is running before the class's own {@code @BeforeAll} methods run.
 */
public final class SharedServer implements BeforeAllCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(SharedServer.class);

    private final List<String> arguments;
    private RunningServer server;

    public SharedServer(String... arguments) {
        this.arguments = List.of(arguments);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(SHARED).computeIfAbsent(arguments,
                key -> RunningServer.start(key.toArray(String[]::new)), RunningServer.class);
    }

    public RunningServer get() {
        return server;
    }
}
