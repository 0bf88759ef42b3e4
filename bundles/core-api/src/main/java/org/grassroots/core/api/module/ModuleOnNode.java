package org.grassroots.core.api.module;

import java.time.Instant;

/**
 * One node's state of one module of the cluster's module set, as the node last recorded it.
 *
 * @param node    the node's id ({@code nodeId} in {@code etc/org.grassroots.core.cfg}, by default host name and HTTP port)
 * @param reason  null unless {@code state} is {@link NodeModuleState#FAILED}: what is wrong, in Chinese and English
 * @param updated when the node last recorded a change of this state
 */
public record ModuleOnNode(String node, NodeModuleState state, String reason, Instant updated) {
}
