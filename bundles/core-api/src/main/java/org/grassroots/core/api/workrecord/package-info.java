/**
 * The year-end work record (年度工作纪实): each installed module contributes its section for a subtree and a year
 * ({@link org.grassroots.core.api.workrecord.WorkRecordContributor}); core puts the sections of the modules
 * enabled there in the order of the seven special actions, with each figure compared to the year before.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package org.grassroots.core.api.workrecord;
