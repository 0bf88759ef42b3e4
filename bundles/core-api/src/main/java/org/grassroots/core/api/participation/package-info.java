/**
 * Participation SPI: modules that record what members do (attend organizational life, pay dues, take on assigned
 * work) tell, through a {@link ParticipationSource} service, the last day each member of a subtree took part, so
 * that another module (e.g. membership's six-month rule, 连续六个月不参加组织生活、不交纳党费、不做党分配的工作)
 * can read it without importing the recording module's packages. Sources come and go with their modules.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.participation;
