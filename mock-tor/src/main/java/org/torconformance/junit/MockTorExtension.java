package org.torconformance.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.torconformance.Auth;
import org.torconformance.MockTor;

/**
 * JUnit 5 support: starts the mocks declared with {@link MockTorServer} (fields or parameters;
 * a {@code MockTor} parameter without the annotation gets a default mock) and closes them after
 * the test, or after the class for shared ones. Per-test mocks live in the test method's store,
 * which JUnit closes when the test ends.
 */
public final class MockTorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MockTorExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field f : context.getRequiredTestClass().getDeclaredFields()) {
            MockTorServer a = f.getAnnotation(MockTorServer.class);
            if (a != null && Modifier.isStatic(f.getModifiers())) {
                check(f);
                f.setAccessible(true);
                f.set(null, classMock(context, f.getName(), a));
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object instance = context.getRequiredTestInstance();
        for (Field f : context.getRequiredTestClass().getDeclaredFields()) {
            MockTorServer a = f.getAnnotation(MockTorServer.class);
            if (a != null && !Modifier.isStatic(f.getModifiers())) {
                check(f);
                f.setAccessible(true);
                f.set(instance, a.shared() ? classMock(context, f.getName(), a) : testMock(context, "field:" + f.getName(), a));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == MockTor.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        MockTorServer a = p.findAnnotation(MockTorServer.class).orElse(null);
        String key = "param:" + p.getIndex();
        if (a != null && a.shared()) {
            return classMock(e, key, a);
        }
        return testMock(e, key, a);
    }

    private static void check(Field f) {
        if (f.getType() != MockTor.class) {
            throw new ExtensionConfigurationException("@MockTorServer field " + f.getName() + " must have type MockTor");
        }
    }

    private static MockTor testMock(ExtensionContext context, String key, MockTorServer a) {
        return context.getStore(NS).getOrComputeIfAbsent(key, k -> new Closing(start(a)), Closing.class).mock;
    }

    private static MockTor classMock(ExtensionContext context, String key, MockTorServer a) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElse(context) : context;
        return classContext.getStore(NS).getOrComputeIfAbsent("shared:" + key, k -> new Closing(start(a)), Closing.class).mock;
    }

    static MockTor start(MockTorServer a) {
        MockTor.Builder b = MockTor.builder();
        if (a != null) {
            try {
                b.auth(Auth.parse(a.auth()));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@MockTorServer(auth): " + e.getMessage());
            }
            for (String o : a.options()) {
                int eq = o.indexOf('=');
                if (eq <= 0) {
                    throw new ExtensionConfigurationException("@MockTorServer(options) needs Name=Value, got: " + o);
                }
                b.option(o.substring(0, eq), o.substring(eq + 1));
            }
            if (a.seed() >= 0) {
                b.seed(a.seed());
            }
            b.torQuirks(a.torQuirks());
        }
        return b.start();
    }

    /**
     * Lets JUnit close the mock with the store that holds it: JUnit 5.13+ closes AutoCloseable values (and
     * warns about a CloseableResource that is not one); older versions know only CloseableResource.
     */
    @SuppressWarnings("deprecation")
    private record Closing(MockTor mock) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            mock.close();
        }
    }
}
