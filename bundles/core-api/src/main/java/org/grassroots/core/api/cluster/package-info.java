/**
 * Work that must happen once in the cluster, not once per node: several platform nodes share one database, and
 * a job scheduled on each of them runs on one node per period ({@link ClusterJobs}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.cluster;
