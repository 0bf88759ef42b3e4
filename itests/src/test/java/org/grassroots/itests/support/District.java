package org.grassroots.itests.support;

import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.useOwnExamBundlesStartLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.DefaultCompositeOption;

/**
 * The Pax Exam configuration that boots a built distribution (district unless named): its own free ports for HTTP, SSH and
 * RMI (so a test never meets a developer's running instance), WARN logging, and demo data off unless asked for.
 * Runs on the driver side only.
 */
public final class District {
    /** System property (set inside the container) holding the HTTP port the tests talk to. */
    public static final String HTTP_PORT_PROPERTY = "grassroots.itests.httpPort";
    /** How long the platform may take to answer {@code /api/health} with UP (-Dgrassroots.itests.startupSeconds). */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("grassroots.itests.startupSeconds", 300));

    public static final String KARAF_VERSION = "4.4.10";

    /** The first administrator and the password the test configuration gives it (etc/org.grassroots.security.cfg). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Itest-Root-Secret-2026";

    private District() {
    }

    /** @param demo whether the demo district is loaded on first start, with every module's part */
    public static Option[] configuration(boolean demo) {
        return configuration("district", demo);
    }

    /**
     * The district with core's demo district and the demo parts of {@code modules} only: every module's part costs
     * each test container its writing time, and the tests wait for the demo to be written before they start. Core's
     * district comes from the run's {@link DemoSnapshot}.
     */
    public static Option[] configurationWithDemoOf(String... modules) {
        Option[] demo = OptionUtils.combine(configuration("district", true),
                editConfigurationFilePut("etc/org.grassroots.core.cfg", "demoModules", String.join(",", modules)));
        // core's demo district from the run's snapshot instead of writing its 31,200 members again (DemoSnapshot)
        return DemoSnapshot.enabled() ? OptionUtils.combine(demo, DemoSnapshot.options()) : demo;
    }

    /**
     * @param name the distribution: {@code district}, {@code park} (the file named by the system property
     *             {@code grassroots.<name>.file}, else {@code mvn:org.grassroots/grassroots-<name>//tar.gz})
     * @param demo whether the demo district is loaded on first start
     */
    public static Option[] configuration(String name, boolean demo) {
        Option[] platform = platform(name, demo);
        // -Dgrassroots.itests.db=postgres: every container on a PostgreSQL database of its own (support/Postgres)
        return Postgres.suiteWide() ? OptionUtils.combine(platform, Postgres.examOptions(Postgres.createDatabase(name)))
                : platform;
    }

    private static Option[] platform(String name, boolean demo) {
        int httpPort = freePort();
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution(name))
                        .name("grassroots " + name)
                        .karafVersion(KARAF_VERSION)
                        .unpackDirectory(new File(workDirectory(), "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                // -Dgrassroots.itests.logLevel=INFO -Dgrassroots.itests.keep=true keep a container's full log to read
                logLevel(LogLevel.valueOf(System.getProperty("grassroots.itests.logLevel", "WARN"))),
                when(Boolean.getBoolean("grassroots.itests.keep")).useOptions(keepRuntimeFolder()),
                // the probe (our tests) starts once everything of the distribution is up
                useOwnExamBundlesStartLevel(100),
                // the authorization test kit (SecurityIT uses it as module authors do); the probe holds every test
                // class, so every container needs it to resolve the probe
                mavenBundle("org.grassroots", "grassroots-testkit").versionAsInProject().startLevel(100),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                // RMI: Pax Exam 4.14 itself puts free ports into etc/org.apache.karaf.management.cfg
                // (rmiRegistryPort, rmiServerPort); setting them here too only makes it warn and override
                editConfigurationFilePut("etc/org.grassroots.core.cfg", "demo", Boolean.toString(demo)),
                // the dashboard's warm-up after a start (DashboardWarmup) is a minute of CPU the tests do not need;
                // IndustrialIT turns it on and checks it
                editConfigurationFilePut("etc/org.grassroots.core.cfg", "dashboardWarmup", "false"),
                editConfigurationFilePut("etc/org.grassroots.security.cfg", "initialAdminPassword", ADMIN_PASSWORD),
                localRepository(),
                systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(httpPort)),
                // platforms a test starts from inside the container take ports from a block the container claims
                // among the same lock files as every other test JVM
                systemProperty(TestPorts.LOCKS_PROPERTY).value(TestPorts.locks().toString()),
                systemProperty("grassroots.itests.startupSeconds").value(Long.toString(STARTUP_TIMEOUT.toSeconds())),
                // a loaded build machine can take longer than Pax Exam's default 10 s to register its probe services
                systemProperty("pax.exam.service.timeout").value("180000"),
                // Pax Exam's extender waits only swissbox's default 10 s for the probe invoker factory (PAXEXAM-891);
                // on a loaded machine the invoker bundle, started by the same feature installation as the platform,
                // came later, the probe was never registered and every test hung for pax.exam.service.timeout
                systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"),
                // the extender's Parser reads its own property (default 10 s), not swissbox's, for that same wait
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
                // ... and its JUnit invoker waits 10 s of its own for the injector
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                        .value("180000"),
                vmOptions(java17Options()),
                vmOptions("-Xmx1g"),
                containerJvm());
    }

    /** {@link #containerJvmOptions()} as a Pax Exam option (which refuses an empty list of VM options). */
    private static Option containerJvm() {
        String[] options = containerJvmOptions();
        return options.length == 0 ? new DefaultCompositeOption() : vmOptions(options);
    }

    /** The JVM options of every platform the tests start ({@code -Dgrassroots.itests.containerJvm}, space-separated). */
    public static String[] containerJvmOptions() {
        String options = System.getProperty("grassroots.itests.containerJvm", "").trim();
        return options.isEmpty() ? new String[0] : options.split("\\s+");
    }

    /**
     * What the distributions' bin/karaf passes to a Java 9+ VM: Karaf 4.4's options without its two
     * {@code --patch-module} options and the spec locator's {@code --add-exports}, which bin/java-class-data-sharing
     * drops (the locator is on the class path, in lib/boot). Pax Exam 4.14 starts the JVM itself and adds none of
     * these. The tests' VMs use no class-data archive: each container is unpacked afresh and would only record one.
     */
    public static String[] java17Options() {
        return new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
        };
    }

    /**
     * The distribution: the file the Maven reactor resolved (so a {@code mvn verify} of the whole reactor tests
     * what it just built, installed or not), else {@code mvn:org.grassroots/grassroots-district/<version>/tar.gz}
     * with the version from META-INF/maven/dependencies.properties.
     */
    static String distribution(String name) {
        File built = builtDistribution(name);
        if (built != null) {
            return built.toURI().toString();
        }
        return maven("org.grassroots", "grassroots-" + name).type("tar.gz").versionAsInProject().getURL();
    }

    /**
     * The district's tar.gz: the one the Maven reactor built, else the local repository's, else the one below
     * {@code distribution/district/target} of this checkout.
     */
    public static File distributionFile() throws IOException {
        File resolved = builtDistribution();
        if (resolved != null) {
            return resolved;
        }
        String version = distributionVersion();
        String repository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        File local = new File(repository, "org/grassroots/grassroots-district/" + version + "/grassroots-district-"
                + version + ".tar.gz");
        if (local.isFile()) {
            return local;
        }
        Path target = workDirectory().toPath().resolve("../../distribution/district/target").normalize();
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            File found = files.filter(p -> p.getFileName().toString().matches("grassroots-district-.*\\.tar\\.gz"))
                    .map(Path::toFile).findFirst().orElse(null);
            assertNotNull("no built district distribution found; run mvn install first", found);
            return found;
        }
    }

    /** The district's tar.gz named by the system property {@code grassroots.district.file}, if it exists. */
    public static File builtDistribution() {
        return builtDistribution("district");
    }

    /** The tar.gz named by the system property {@code grassroots.<name>.file} (set by the pom), if it exists. */
    public static File builtDistribution(String name) {
        String path = System.getProperty("grassroots." + name + ".file");
        if (path == null || path.isBlank() || path.startsWith("${")) {
            return null;
        }
        File file = new File(path);
        return file.isFile() ? file : null;
    }

    /** The district version this module depends on, from META-INF/maven/dependencies.properties. */
    public static String distributionVersion() {
        java.util.Properties dependencies = new java.util.Properties();
        try (java.io.InputStream in = District.class.getResourceAsStream("/META-INF/maven/dependencies.properties")) {
            if (in == null) {
                throw new IllegalStateException("no META-INF/maven/dependencies.properties (depends-maven-plugin)");
            }
            dependencies.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies.getProperty("org.grassroots/grassroots-district/version");
    }

    /** The module's target/ directory (or the working directory's target/ when run outside Maven). */
    public static File workDirectory() {
        return new File(System.getProperty("grassroots.itests.work", "target")).getAbsoluteFile();
    }

    /** Lets pax-url in the container use the local repository the build uses (Pax Exam's bundles are there). */
    private static Option localRepository() {
        String repository = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
        return when(repository != null && !repository.isBlank()).useOptions(
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        repository == null ? "" : repository));
    }

    /** A port for a platform the tests start: see {@link TestPorts}. */
    public static int freePort() {
        return TestPorts.next();
    }

}
