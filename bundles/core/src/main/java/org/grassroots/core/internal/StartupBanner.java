package org.grassroots.core.internal;

import java.time.Duration;

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
                base = ApiProbe.endpoint(http, API_WAIT);
                // "ready" promises that the API answers and that one can sign in
                if (!ApiProbe.awaitCore(base, API_WAIT)) {
                    LOG.warn("The API did not answer within {}; printing the banner anyway", API_WAIT);
                }
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
}
