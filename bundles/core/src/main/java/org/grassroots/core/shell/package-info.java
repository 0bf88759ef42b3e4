/**
 * Karaf shell support for modules' commands: completers of unit codes and members, and the unit a code names
 * ({@link ShellUnits}). Karaf creates completers per bundle from
 * the bundle's own {@code Karaf-Commands} package, so a module declares a one-line subclass there, e.g.
 * {@code @Service public class UnitCodes extends UnitCodeCompleter {}}, and names it in
 * {@code @Completion(UnitCodes.class)}; the {@code @Reference} fields of these classes are injected by Karaf.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.shell;
