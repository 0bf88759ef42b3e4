/**
 * The module SPI: how an action module (one bundle, one Karaf feature) announces itself to the platform.
 * <p>
 * A module registers, as OSGi services: one {@link ActionModule} (its descriptor), its JAX-RS resources
 * (marked {@code @org.grassroots.rest.ModuleResource("<id>")}), optionally a {@link StatisticsProvider}
 * ({@code grassroots.module=<id>}) and shell commands. Core discovers them with dynamic references and forgets
 * them when they go; core never imports a module's package. Per-unit enablement is core data, asked through
 * {@link ModuleEnablement}; the {@link ModuleRegistry} tells which modules exist and in which state (with several
 * nodes on one database also each node's, {@link ModuleOnNode}; since 1.7).
 * {@link PlatformStop} tells a failure cut off by a stop from a fault (since 1.8).
 * See {@code docs/module-spi.md}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.8.0")
package org.grassroots.core.api.module;
