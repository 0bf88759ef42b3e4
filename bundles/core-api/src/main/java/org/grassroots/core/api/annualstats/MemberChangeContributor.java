package org.grassroots.core.api.annualstats;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module that knows why members joined or left a subtree (e.g. {@code membership}: 死亡, 退党, 出党, transfers with
 * units outside the platform) registers this service with the property {@code grassroots.module=<id>}; core adds
 * its lines to the annual tables of members added and reduced. Core itself counts what its own data shows
 * (members admitted in the year, transfers across the subtree's border), so contributors give only what core
 * cannot see, and every reason is counted once.
 */
@ConsumerType
public interface MemberChangeContributor {
    /**
     * The changes of the subtree whose units' paths start with {@code subtreePath}, during {@code year}; computed by
     * query over the module's own tables, filtered by that path in SQL. Reasons with no change may be left out.
     */
    List<MemberChange> changes(String subtreePath, int year);
}
