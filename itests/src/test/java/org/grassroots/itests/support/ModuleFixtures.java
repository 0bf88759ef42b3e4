package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;

/**
 * The test-only modules (itests/fixtures) and the industrial KAR, handed from the Maven build (failsafe system
 * properties) into the container, and a feature repository of their own that the tests add at runtime.
 */
public final class ModuleFixtures {
    public static final String HELLO = "grassroots.fixture.hello";
    public static final String BROKEN_ACTIVATION = "grassroots.fixture.brokenactivation";
    public static final String UNRESOLVABLE = "grassroots.fixture.unresolvable";
    /** Compiled against the released 0.1 API jars (baseline/repository). */
    public static final String LEGACY = "grassroots.fixture.legacy";
    /** Imports the module SPI 2.x, which this platform does not export. */
    public static final String NEXT_API = "grassroots.fixture.nextapi";
    public static final String INDUSTRIAL_KAR = "grassroots.industrial.kar";
    /** The misbehaving modules of issue 25 point 2 (fault isolation). */
    public static final String BLOCKING = "grassroots.fixture.blocking";
    /** A module with tables one of whose components hangs in its activation once they are migrated. */
    public static final String BLOCKING_SCHEMA = "grassroots.fixture.blockingschema";
    public static final String THREAD_LEAK = "grassroots.fixture.threadleak";
    public static final String SLOW = "grassroots.fixture.slow";
    /** Version 1 of {@code migrating} (a table and a row) and version 2 (a migration failing half-way). */
    public static final String MIGRATING_1 = "grassroots.fixture.migrating1";
    public static final String MIGRATING_2 = "grassroots.fixture.migrating2";
    private static final String[] PROPERTIES = { HELLO, BROKEN_ACTIVATION, UNRESOLVABLE, LEGACY, NEXT_API, INDUSTRIAL_KAR,
            BLOCKING, BLOCKING_SCHEMA, THREAD_LEAK, SLOW, MIGRATING_1, MIGRATING_2 };

    private ModuleFixtures() {
    }

    /** Driver side: passes the artifact paths on to the container. */
    public static Option[] options() {
        List<Option> options = new ArrayList<>();
        for (String property : PROPERTIES) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank() || value.startsWith("${") || !new File(value).isFile()) {
                throw new IllegalStateException("system property " + property + " must name the built artifact, is: " + value);
            }
            options.add(systemProperty(property).value(value));
        }
        return options.toArray(Option[]::new);
    }

    /** Container side: the built artifact named by one of the properties. */
    public static File artifact(String property) {
        return new File(System.getProperty(property));
    }

    /**
     * Container side: writes the fixtures' feature repository (grassroots-hello, grassroots-brokenactivation,
     * grassroots-unresolvable, grassroots-nextapi, the misbehaving grassroots-blocking, -blockingschema, -threadleak, -slow and
     * grassroots-migrating 1.0.0, each marked as a module like a real one) and returns its URI.
     */
    public static URI writeRepository(File directory) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"grassroots-itest-fixtures\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        feature(xml, "hello", HELLO);
        feature(xml, "brokenactivation", BROKEN_ACTIVATION);
        feature(xml, "unresolvable", UNRESOLVABLE);
        feature(xml, "nextapi", NEXT_API);
        feature(xml, "blocking", BLOCKING);
        feature(xml, "blockingschema", BLOCKING_SCHEMA);
        feature(xml, "threadleak", THREAD_LEAK);
        feature(xml, "slow", SLOW);
        feature(xml, "migrating", MIGRATING_1);
        xml.append("</features>\n");
        File file = new File(directory, "grassroots-itest-fixtures.xml");
        try {
            Files.writeString(file.toPath(), xml, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toURI();
    }

    /**
     * Container side: the repository of a third-party module, {@code grassroots-legacy} (the module built against
     * the 0.1 API), as its author would ship it: a feature repository of its own, not the platform's.
     */
    public static URI writeThirdPartyRepository(File directory) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"legacy-module\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        feature(xml, "legacy", LEGACY);
        xml.append("</features>\n");
        File file = new File(directory, "legacy-module-features.xml");
        try {
            Files.writeString(file.toPath(), xml, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toURI();
    }

    /**
     * Container side: a second repository offering {@code grassroots-hello} 2.0.0 (same bundle), to upgrade to.
     */
    public static URI writeUpgradeRepository(File directory) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"grassroots-itest-fixtures-v2\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        feature(xml, "hello", HELLO, "2.0.0");
        xml.append("</features>\n");
        File file = new File(directory, "grassroots-itest-fixtures-v2.xml");
        try {
            Files.writeString(file.toPath(), xml, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toURI();
    }

    /**
     * Container side: a repository offering {@code grassroots-migrating} 2.0.0, whose migration fails half-way, to
     * upgrade to.
     */
    public static URI writeFailingMigrationRepository(File directory) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"grassroots-itest-fixtures-migrating-v2\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        feature(xml, "migrating", MIGRATING_2, "2.0.0");
        xml.append("</features>\n");
        File file = new File(directory, "grassroots-itest-fixtures-migrating-v2.xml");
        try {
            Files.writeString(file.toPath(), xml, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toURI();
    }

    private static void feature(StringBuilder xml, String id, String property) {
        feature(xml, id, property, "1.0.0");
    }

    private static void feature(StringBuilder xml, String id, String property, String version) {
        xml.append("  <feature name=\"grassroots-").append(id).append("\" version=\"").append(version).append("\">\n")
                .append("    <feature>grassroots-core</feature>\n")
                .append("    <capability>grassroots.module;grassroots.module=").append(id)
                .append(";en=\"Fixture ").append(id).append("\"</capability>\n")
                .append("    <bundle start-level=\"85\">").append(artifact(property).toURI()).append("</bundle>\n")
                .append("  </feature>\n");
    }
}
