package org.grassroots.core.internal;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;

import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the platform's own HTTP endpoint whether an API path is served yet. The REST whiteboard publishes each module's
 * application on its own thread, a moment after the services it serves, so "core is up" is best answered by the API
 * itself. Signed out, the roots answer 401 once they are served and the sign-in resource answers a GET with 405;
 * before that the path answers 404 (no such resource yet) or 503 (the application is there but core's sign-in check
 * is not), or nothing listens yet.
 */
final class ApiProbe {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProbe.class);

    private ApiProbe() {
    }

    /**
     * What "core answers" means, for the ready banner and for starting the modules alike: the roots ask a signed-out
     * caller to sign in, and the sign-in resource is served. The first alone is not enough: the REST layer checks the
     * caller before it routes, so core's application answers 401 for the roots from its first build on, while most of
     * its resources are still on their way (seen in the bench's log: the modules started 0.6 s before core's
     * application was complete). The sign-in resource comes with the last of core's services (it needs the accounts,
     * their administration and the authorization).
     */
    static final List<String> CORE_PATHS = List.of("api/core/organizations/roots", "api/auth/login");
    /**
     * Served and guarded: a signed-out request is told to sign in (401), the sign-in resource refuses a GET (405), or
     * a public resource answers. Not a 404 (not served yet) nor a 503 (served without core's sign-in check yet).
     */
    static final IntPredicate ANSWERING = status -> status == 401 || status == 405 || status < 400;

    /**
     * Waits until core answers ({@link #CORE_PATHS}, in order) or the time is up.
     *
     * @return whether it answered
     */
    static boolean awaitCore(String base, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (String path : CORE_PATHS) {
            while (!ANSWERING.test(status(base + path))) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
        return true;
    }

    /** The status of a GET, or 404 while nothing listens yet. */
    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(5_000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return 404; // not listening yet
        }
    }

    /**
     * Where the platform answers, from the HTTP runtime. Pax Web registers its runtime service a moment before it has
     * the runtime's description ({@code getRuntimeDTO} then fails inside Pax Web), so this asks again for a while;
     * asked once, that start-up race left the platform without its banner (seen by bench runs).
     */
    static String endpoint(HttpServiceRuntime http, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return endpointOf(http.getRuntimeDTO());
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("The HTTP runtime did not describe itself within {}; assuming the default port", wait);
                    return "http://localhost:8181/";
                }
                Thread.sleep(100);
            }
        }
    }

    private static String endpointOf(RuntimeDTO runtime) {
        Object endpoints = runtime.serviceDTO.properties.get("osgi.http.endpoint");
        String first = endpoints instanceof String[] array && array.length > 0 ? array[0]
                : endpoints instanceof java.util.Collection<?> c && !c.isEmpty() ? String.valueOf(c.iterator().next())
                : endpoints != null ? String.valueOf(endpoints) : "http://localhost:8181/";
        first = first.replace("0.0.0.0", "localhost");
        return first.endsWith("/") ? first : first + "/";
    }
}
