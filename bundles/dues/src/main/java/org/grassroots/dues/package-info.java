/**
 * The Party dues module (党费): what other bundles may rely on are the EventAdmin topics it posts
 * ({@link org.grassroots.dues.DuesTopics}); everything else is internal and reached over REST.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.dues;
