/**
 * The annual Party statistics tables (党内统计年报): member and organization counts of a subtree by the standard
 * breakdowns and the members added and reduced during a year by reason, computed from core's data (and from the
 * modules that contribute {@link org.grassroots.core.api.annualstats.MemberChangeContributor}s), exported as XLSX,
 * and the reporting workflow in which each unit submits its tables to the level above.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package org.grassroots.core.api.annualstats;
