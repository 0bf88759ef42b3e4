/** Versioned schema migrations for any bundle: core's own and every action module's. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.schema;
