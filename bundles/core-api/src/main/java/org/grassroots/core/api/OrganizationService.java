package org.grassroots.core.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organization tree. Every write is one transaction; a failed write changes nothing.
 * Writes publish events on the topics in {@link CoreTopics}.
 */
@ProviderType
public interface OrganizationService {

    Optional<Organization> find(long id);

    /** @throws NotFoundException when no unit has this id */
    Organization get(long id);

    Optional<Organization> findByCode(String code);

    /** The roots of the tree (usually one district). */
    List<Organization> roots();

    List<Organization> children(long parentId);

    /**
     * The units with these ids that the caller may see, in the order of the ids: one query per 500 ids; ids not
     * found or outside the caller's scope are left out. The units are held in memory: the caller bounds the list.
     *
     * @since 1.6
     */
    List<Organization> listed(List<Long> ids);

    /** Units matching the query, the subtree filter being one indexed prefix query on the path. */
    Page<Organization> search(OrganizationQuery query, PageRequest page);

    /** The unit and every unit below it, in path order, at most {@code maxDepth} levels below. */
    List<Organization> subtree(long rootId, int maxDepth);

    Organization create(OrganizationDraft draft);

    /** @throws ConflictException when {@code version} is not the current version */
    Organization update(long id, long version, OrganizationDraft draft);

    /** Re-parents a unit; the paths of its whole subtree are rewritten in the same transaction. */
    Organization move(long id, long version, long newParentId);

    /** @throws ConflictException when the unit still has child units or members */
    void delete(long id, long version);

    long count(OrganizationQuery query);
}
