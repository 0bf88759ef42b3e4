package org.grassroots.itests.support;

import java.util.List;

import org.junit.Before;

/**
 * Base of the Pax Exam tests. The test methods run inside the district's Karaf; before the first one, waits for
 * Karaf's boot features to be installed ({@link BootProvisioning}), for {@code /api/health} to say UP, for the core REST application to answer, then for the platform to settle (every
 * module active and serving, the demo data written: {@link Api#awaitSettled}).
 */
public abstract class DistrictTestSupport {
    /** One per container (the probe bundle's class loader), so per test class. */
    protected static Api api;
    protected static Fixtures fixtures;
    /** Set when the platform did not come up, so the class's other tests fail at once instead of waiting again. */
    private static AssertionError startupFailure;

    /** What must answer 200 before the first test; a test class may add its own endpoints. */
    protected List<String> readinessPaths() {
        return Api.CORE_PATHS;
    }

    @Before
    public void awaitPlatform() {
        if (startupFailure != null) {
            // the first line only: the container's description is in the first test's failure
            throw new AssertionError("the platform did not come up for an earlier test: "
                    + startupFailure.getMessage().lines().findFirst().orElse(""));
        }
        if (api == null) {
            Integer port = Integer.getInteger(District.HTTP_PORT_PROPERTY);
            if (port == null) {
                throw new IllegalStateException(District.HTTP_PORT_PROPERTY + " is not set: not running in the container?");
            }
            Api candidate = new Api(port);
            try {
                if (BootProvisioning.awaitFinished(District.STARTUP_TIMEOUT) > 1) {
                    // not a failure when the platform comes up whole; the line tells a later failure's reader
                    System.err.println("Karaf installed its boot features twice at once in this container "
                            + "(docs/decisions.md, \"Karaf assembly\")");
                }
                candidate.awaitUp(District.STARTUP_TIMEOUT, null, readinessPaths());
                candidate.awaitSettled(District.STARTUP_TIMEOUT);
            } catch (AssertionError e) {
                // the message is all a CI run leaves behind: it says what inside the container stood still
                // (no cause: Pax Exam reports the innermost cause, which would drop the description)
                startupFailure = new AssertionError(e.getMessage() + "\n  The container:\n  "
                        + ContainerDiagnosis.describe());
                startupFailure.setStackTrace(e.getStackTrace());
                throw startupFailure;
            }
            fixtures = new Fixtures(candidate);
            api = candidate;
        }
    }
}
