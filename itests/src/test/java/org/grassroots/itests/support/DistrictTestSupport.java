package org.grassroots.itests.support;

import org.junit.Before;

/**
 * Base of the Pax Exam tests. The test methods run inside the district's Karaf; before the first one, waits for
 * {@code /api/health} to say UP and for the core REST application to answer.
 */
public abstract class DistrictTestSupport {
    /** One per container (the probe bundle's class loader), so per test class. */
    protected static Api api;
    protected static Fixtures fixtures;

    @Before
    public void awaitPlatform() {
        if (api == null) {
            Integer port = Integer.getInteger(District.HTTP_PORT_PROPERTY);
            if (port == null) {
                throw new IllegalStateException(District.HTTP_PORT_PROPERTY + " is not set: not running in the container?");
            }
            Api candidate = new Api(port);
            candidate.awaitUp(District.STARTUP_TIMEOUT, null);
            fixtures = new Fixtures(candidate);
            api = candidate;
        }
    }
}
