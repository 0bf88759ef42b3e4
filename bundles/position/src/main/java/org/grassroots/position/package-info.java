/**
 * The Party-mass service positions module (党群服务阵地): everything is internal and reached over REST; this
 * package exports nothing other bundles compile against.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.position;
