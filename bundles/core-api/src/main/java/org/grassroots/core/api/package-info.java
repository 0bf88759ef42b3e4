/**
 * The core's public API: the organization tree and member model as immutable records, the services
 * that read and change them, and the exceptions every layer maps to HTTP problems.
 * <p>
 * Action modules depend only on this package (and {@code org.grassroots.core.api.event}); they never
 * see core's entities. Semantic versioning: a minor bump adds, a major bump breaks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.7.0")
package org.grassroots.core.api;
