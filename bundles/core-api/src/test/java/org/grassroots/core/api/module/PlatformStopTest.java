package org.grassroots.core.api.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class PlatformStopTest {

    @Test
    void aStoppingFrameworkOrBundleOrAnInvalidContextIsAStop() {
        assertFalse(PlatformStop.underway(context(Bundle.ACTIVE, Bundle.ACTIVE)));
        assertTrue(PlatformStop.underway(context(Bundle.STOPPING, Bundle.ACTIVE)), "the framework stops");
        assertTrue(PlatformStop.underway(context(Bundle.ACTIVE, Bundle.STOPPING)), "the bundle stops");
        assertTrue(PlatformStop.underway(invalidContext()), "the bundle has stopped");
    }

    @Test
    void aServiceLoadedOutsideOsgiCountsAsActive() {
        assertFalse(PlatformStop.cutOff(context(Bundle.ACTIVE, Bundle.ACTIVE), new Object()));
        assertTrue(PlatformStop.cutOff(context(Bundle.ACTIVE, Bundle.STOPPING), new Object()));
    }

    private static BundleContext context(int frameworkState, int ownState) {
        Bundle framework = bundle(frameworkState);
        Bundle own = bundle(ownState);
        return (BundleContext) Proxy.newProxyInstance(PlatformStopTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> args == null ? own : framework;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static BundleContext invalidContext() {
        return (BundleContext) Proxy.newProxyInstance(PlatformStopTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> {
                    throw new IllegalStateException("BundleContext is no longer valid");
                });
    }

    private static Bundle bundle(int state) {
        return (Bundle) Proxy.newProxyInstance(PlatformStopTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getState" -> state;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
