/**
 * Activity SPI: modules that record what members do for others (volunteer service hours) tell, through a
 * {@link org.grassroots.core.api.activity.MemberActivitySource} service, each member's hours of a year, so that another
 * module (e.g. {@code education}'s study points, 积分) can credit them without importing the recording module.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.api.activity;
