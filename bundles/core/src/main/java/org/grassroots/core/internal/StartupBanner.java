package org.grassroots.core.internal;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.internal.demo.DemoDataLoader;
import org.grassroots.core.internal.security.AccountServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator where the platform answers once it does: printed on the console of
 * {@code bin/karaf} and written to the log. Counts come from the database.
 */
@Component(immediate = true)
public class StartupBanner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);
    private static final Duration API_WAIT = Duration.ofMinutes(2);
    private final Thread waiter;

    @Activate
    public StartupBanner(@Reference DemoDataLoader demo, @Reference OrganizationService organizations,
                         @Reference MemberService members, @Reference HttpServiceRuntime http,
                         @Reference AccountServiceImpl accounts) {
        waiter = new Thread(() -> {
            String base;
            try {
                while (!demo.finished()) {
                    Thread.sleep(500);
                }
                base = endpoint(http);
                awaitApiServed(base);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long units = organizations.count(new OrganizationQuery(null, null, null, null, null, null));
            long people = members.count(MemberQuery.all());
            String banner = String.join(System.lineSeparator(),
                    "",
                    "  ================================================================",
                    "   grassroots is ready  (济南高新区基层党建平台)",
                    "     Console : " + base,
                    "     REST API: " + base + "api/core/organizations/roots   (OpenAPI: " + base + "api/core/openapi.json)",
                    "     Health  : " + base + "api/health",
                    "     Data    : " + units + " units, " + people + " members in " + System.getProperty("karaf.data", "data") + "/db",
                    signIn(accounts),
                    "     Stop    : type 'system:shutdown' here, or run bin/stop",
                    "  ================================================================",
                    "");
            System.out.println(banner);
            LOG.info(banner);
        }, "grassroots-startup-banner");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Deactivate
    void deactivate() {
        waiter.interrupt();
    }

    /** How to sign in: the one-time password generated at this start, or where the first password comes from. */
    private static String signIn(AccountServiceImpl accounts) {
        return accounts.generatedInitialPassword()
                .map(p -> "     Sign-in : user 'admin', one-time password " + p + System.lineSeparator()
                        + "               (shown only now and in data/log/karaf.log; you must change it at first sign-in)")
                .orElse("     Sign-in : with your platform account (first start: user 'admin' with initialAdminPassword"
                        + " from etc/org.grassroots.security.cfg or $" + AccountServiceImpl.INITIAL_PASSWORD_ENV + ")");
    }

    /**
     * "Ready" promises that the API answers and that one can sign in, and the REST whiteboard publishes core's
     * application and the sign-in application on its own thread, a moment after the services they serve: so the banner
     * asks the API itself. Any answer but "no API here" (404, or no connection yet) counts; signed out, the roots
     * answer 401 and the sign-in resource answers a GET with 405.
     */
    private static void awaitApiServed(String base) throws InterruptedException {
        long deadline = System.nanoTime() + API_WAIT.toNanos();
        for (String path : List.of("api/core/organizations/roots", "api/auth/login")) {
            while (!served(base + path)) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("{} did not answer within {}; printing the banner anyway", path, API_WAIT);
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    private static boolean served(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(5_000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status != 404;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /**
     * Where the console is, from the HTTP runtime. Pax Web registers its runtime service a moment before it has the
     * runtime's description ({@code getRuntimeDTO} then fails inside Pax Web), so this asks again for a while; asked
     * once in the constructor, that start-up race left the platform without its banner (seen by bench runs).
     */
    private static String endpoint(HttpServiceRuntime http) throws InterruptedException {
        long deadline = System.nanoTime() + API_WAIT.toNanos();
        while (true) {
            try {
                return endpointOf(http.getRuntimeDTO());
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("The HTTP runtime did not describe itself within {}; the banner names the default port", API_WAIT);
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
