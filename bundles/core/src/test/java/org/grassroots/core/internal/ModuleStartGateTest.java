package org.grassroots.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/** The modules wait for core's complete, guarded API; not for a half-built one. */
class ModuleStartGateTest {

    @Test
    void coreAnswersWhenTheRootsAskToSignInAndTheSignInResourceIsServedNotOnA404OrA503Before() throws Exception {
        // what core's paths answer during a start: nothing yet (404), the application without its sign-in check (503),
        // then the roots asking a signed-out caller to sign in (401); the sign-in resource comes last (405 for a GET)
        int[] roots = {404, 503, 503, 401};
        int[] signIn = {404, 503, 405};
        AtomicInteger askedRoots = new AtomicInteger();
        AtomicInteger askedSignIn = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/core/organizations/roots", exchange -> {
            exchange.sendResponseHeaders(roots[Math.min(askedRoots.getAndIncrement(), roots.length - 1)], -1);
            exchange.close();
        });
        server.createContext("/api/auth/login", exchange -> {
            exchange.sendResponseHeaders(signIn[Math.min(askedSignIn.getAndIncrement(), signIn.length - 1)], -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            assertTrue(ApiProbe.awaitCore(base, Duration.ofSeconds(30)));
            assertEquals(4, askedRoots.get(), "asked until the 401");
            assertEquals(3, askedSignIn.get(), "then asked until the sign-in resource was served");
            askedRoots.set(0);
            askedSignIn.set(0);
            signIn[2] = 503;
            assertFalse(ApiProbe.awaitCore(base, Duration.ofMillis(500)),
                    "the roots alone do not make core answer (its first build answers 401 already)");
            roots[3] = 503;
            askedRoots.set(0);
            assertFalse(ApiProbe.awaitCore(base, Duration.ofMillis(500)), "a core that never answers lets the time run out");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void answeringMeansSignInAskedOrRefusedGetNotMissingNorUnguarded() {
        assertTrue(ApiProbe.ANSWERING.test(401));
        assertTrue(ApiProbe.ANSWERING.test(405), "the sign-in resource refuses a GET once it is served");
        assertTrue(ApiProbe.ANSWERING.test(200));
        assertFalse(ApiProbe.ANSWERING.test(404));
        assertFalse(ApiProbe.ANSWERING.test(503));
        assertEquals(List.of("api/core/organizations/roots", "api/auth/login"), ApiProbe.CORE_PATHS);
    }

    @Test
    void theTargetLevelIsAFrameworkPropertyOrNothing() {
        assertEquals(100, ModuleStartGate.targetLevel(" 100 "));
        assertEquals(0, ModuleStartGate.targetLevel(null));
        assertEquals(0, ModuleStartGate.targetLevel(""));
        assertEquals(0, ModuleStartGate.targetLevel("high"));
    }

    @Test
    void nothingListeningCountsAsNotServed() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertDoesNotAnswer("http://127.0.0.1:" + port + "/");
    }

    private static void assertDoesNotAnswer(String base) {
        try {
            assertFalse(ApiProbe.awaitCore(base, Duration.ofMillis(300)));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
