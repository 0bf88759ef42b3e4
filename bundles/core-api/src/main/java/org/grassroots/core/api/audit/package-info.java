/**
 * The audit trail: the {@link org.grassroots.core.api.audit.AuditLog} service modules write their changes
 * through (inside their own JTA transaction, so change and record commit together) and read it back.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.api.audit;
