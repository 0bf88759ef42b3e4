/**
 * The industrial community module (工业社区): "党组织统领、社区化服务、网格化治理" in parks. This skeleton holds
 * enterprise service requests (企业诉求); grids, grid workers and the request workflow come with the module's own
 * issue. Records here are what the REST API answers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.industrial;
