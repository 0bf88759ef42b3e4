/**
 * Dues SPI: the module that records dues (党费) tells other modules, through a
 * {@link org.grassroots.core.api.dues.DuesStanding} service, how far a member's dues are paid, so that they can state it
 * (a transfer letter's 党费交到) without importing that module's packages.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.dues;
