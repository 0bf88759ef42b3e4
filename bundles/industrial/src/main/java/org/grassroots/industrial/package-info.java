/**
 * The industrial community module (工业社区): "党组织统领、社区化服务、网格化治理" in parks. What other bundles may
 * rely on: the records the REST API answers for enterprise service requests (企业诉求), the workflow's states and
 * actions, and the EventAdmin topics the module posts ({@link org.grassroots.industrial.IndustrialTopics}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.grassroots.industrial;
