package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A module project generated from {@code grassroots-module-archetype} and built into its KAR, the way a plugin
 * developer does it (docs/plugin-guide.md): two offline Maven runs ({@code archetype:generate}, {@code package})
 * on the local repository of this build. Needs the system properties {@link #MVN}, {@link #REPOSITORY},
 * {@link #VERSION} and {@link #ARCHETYPE_PLUGIN} (set by the itests pom; passed into the container by the test's
 * configuration).
 */
public final class ModuleProject {
    public static final String MVN = "grassroots.itests.mvn";
    public static final String REPOSITORY = "grassroots.itests.mavenRepo";
    public static final String VERSION = "grassroots.itests.version";
    /** The maven-archetype-plugin version the platform pins: named in full, so an offline run needs no metadata. */
    public static final String ARCHETYPE_PLUGIN = "grassroots.itests.archetypePluginVersion";
    public static final String GROUP_ID = "org.grassroots.itests.generated";
    private static final long MAVEN_TIMEOUT_MINUTES = 10;

    private final String moduleId;
    private final Path projectDirectory;

    private ModuleProject(String moduleId, Path projectDirectory) {
        this.moduleId = moduleId;
        this.projectDirectory = projectDirectory;
    }

    /** Generates the project below {@code parent} (which must not hold one already) and packages it. */
    public static ModuleProject generateAndBuild(Path parent, String moduleId, String nameZh, String nameEn)
            throws IOException, InterruptedException {
        Files.createDirectories(parent);
        String artifactId = "grassroots-" + moduleId;
        maven(parent, "org.apache.maven.plugins:maven-archetype-plugin:" + required(ARCHETYPE_PLUGIN) + ":generate",
                "-DinteractiveMode=false",
                "-DarchetypeGroupId=org.grassroots", "-DarchetypeArtifactId=grassroots-module-archetype",
                "-DarchetypeVersion=" + required(VERSION),
                "-DgroupId=" + GROUP_ID, "-DartifactId=" + artifactId, "-Dversion=1.0.0",
                "-Dpackage=" + GROUP_ID + "." + moduleId, "-DmoduleId=" + moduleId,
                "-DmoduleNameZh=" + nameZh, "-DmoduleNameEn=" + nameEn);
        ModuleProject project = new ModuleProject(moduleId, parent.resolve(artifactId));
        maven(project.projectDirectory, "package");
        if (!Files.isRegularFile(project.kar())) {
            throw new AssertionError("the generated project built no " + project.kar());
        }
        return project;
    }

    public String moduleId() {
        return moduleId;
    }

    public Path directory() {
        return projectDirectory;
    }

    /** {@code target/grassroots-<id>-1.0.0.kar}. */
    public Path kar() {
        return projectDirectory.resolve("target/grassroots-" + moduleId + "-1.0.0.kar");
    }

    private static void maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(required(MVN), "-B", "-q", "-o",
                "-Dmaven.repo.local=" + required(REPOSITORY)));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(directory, "mvn-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(MAVEN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + MAVEN_TIMEOUT_MINUTES
                    + " minutes\n" + Files.readString(log, UTF_8));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " in " + directory + " failed (exit "
                    + process.exitValue() + ")\n" + Files.readString(log, UTF_8));
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + property + " is not set");
        }
        return value;
    }
}
