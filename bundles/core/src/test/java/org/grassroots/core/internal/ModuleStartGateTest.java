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
    void theGateOpensOnTheRootsAskingToSignInNotOnA404OrA503Before() throws Exception {
        // what core's path answers during a start: nothing yet (404), the application without its sign-in check (503),
        // then the roots asking a signed-out caller to sign in (401)
        int[] answers = {404, 503, 503, 401};
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/core/organizations/roots", exchange -> {
            int status = answers[Math.min(asked.getAndIncrement(), answers.length - 1)];
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            assertTrue(ApiProbe.await(base, List.of("api/core/organizations/roots"), ApiProbe.ANSWERING, Duration.ofSeconds(30)));
            assertEquals(4, asked.get(), "asked until the 401");
            asked.set(0);
            assertTrue(ApiProbe.await(base, List.of("api/core/organizations/roots"), ApiProbe.SERVED, Duration.ofSeconds(30)));
            assertEquals(2, asked.get(), "the banner's 'served' takes the first answer that is not a 404");
            asked.set(0);
            answers[3] = 503;
            assertFalse(ApiProbe.await(base, List.of("api/core/organizations/roots"), ApiProbe.ANSWERING, Duration.ofMillis(500)),
                    "a core that never answers lets the time run out");
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
        assertEquals(List.of("api/core/organizations/roots", "api/auth/login"), ModuleStartGate.READY_PATHS);
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
            assertFalse(ApiProbe.await(base, List.of("api/core/organizations/roots"), ApiProbe.SERVED, Duration.ofMillis(300)));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
