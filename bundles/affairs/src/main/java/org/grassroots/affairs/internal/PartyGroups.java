package org.grassroots.affairs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 党小组: a branch divides its members into groups, each with a leader, and every 党小组会 names the group that held
 * it. A group's members are members of the branch itself, each in at most one group of it; the leader is one of them.
 */
@Component(service = PartyGroups.class)
public class PartyGroups {
    static final String TYPE = "affairs.group";
    static final int MAX_NAME = 100;
    static final int MAX_MEMBERS = 200;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public PartyGroups(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                       @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                       @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
    }

    public PartyGroup create(PartyGroupDraft draft) {
        Organization org = organization(draft);
        List<Long> memberIds = checked(draft, org);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFree(em, org.id(), memberIds, null, draft.name().strip());
            PartyGroupEntity g = new PartyGroupEntity();
            g.organizationId = org.id();
            g.orgPath = org.path();
            g.name = draft.name().strip();
            g.leaderId = draft.leaderId();
            g.createdBy = actor;
            g.createdAt = UtcTimes.now();
            em.persist(g);
            em.flush();
            memberIds.forEach(id -> em.persist(new PartyGroupMemberEntity(g.id, id)));
            audit.record("CREATE", TYPE, g.id, org.name() + " " + g.name,
                    List.of(new FieldChange("members", null, String.valueOf(memberIds.size()))));
            return toRecord(em, g);
        });
    }

    /** Renames a group, changes its leader and members ({@code version} as read); the branch stays. */
    public PartyGroup update(long id, long version, PartyGroupDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{name, leaderId, memberIds}");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PartyGroupEntity g = visible(em, id);
            scope.requireEnabled(g.organizationId);
            Organization org = scope.enabledUnit(g.organizationId, "organizationId");
            List<Long> memberIds = checked(draft, org);
            if (g.version != version) {
                throw ConflictException.stale(TYPE, id, version, g.version);
            }
            requireFree(em, org.id(), memberIds, g.id, draft.name().strip());
            String before = g.name + "/" + g.leaderId;
            g.name = draft.name().strip();
            g.leaderId = draft.leaderId();
            em.createQuery("DELETE FROM PartyGroupMemberEntity x WHERE x.groupId = :g").setParameter("g", g.id).executeUpdate();
            memberIds.forEach(member -> em.persist(new PartyGroupMemberEntity(g.id, member)));
            em.flush();
            audit.record("UPDATE", TYPE, g.id, org.name() + " " + g.name,
                    List.of(new FieldChange("name/leader", before, g.name + "/" + g.leaderId),
                            new FieldChange("members", null, String.valueOf(memberIds.size()))));
            return toRecord(em, g);
        });
    }

    public PartyGroup get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** The groups of a subtree's branches, by branch and name. */
    public List<PartyGroup> list(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT g FROM PartyGroupEntity g WHERE g.orgPath LIKE :path "
                        + "ORDER BY g.orgPath, g.name", PartyGroupEntity.class)
                .setParameter("path", unit.path() + "%").setMaxResults(PageRequest.MAX_SIZE).getResultList()
                .stream().map(g -> toRecord(em, g)).toList());
    }

    /** For a 党小组会 being planned: the group exists, is visible and belongs to the meeting's organization. */
    void requireFor(EntityManager em, long groupId, Organization org) {
        PartyGroupEntity g = em.find(PartyGroupEntity.class, groupId);
        if (g == null || g.organizationId != org.id()) {
            throw AffairsText.TEXT.invalid("groupId", "group.notOf", groupId, org.name());
        }
    }

    /** The organization of a new group: in scope, the module enabled, a branch (the only ones with 党小组). */
    private Organization organization(PartyGroupDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{organizationId, name, leaderId, memberIds}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        if (!ComplianceRules.applies(MeetingType.GROUP, org.partyOrgType())) {
            throw AffairsText.TEXT.invalid("organizationId", "group.notBranch", org.name());
        }
        return org;
    }

    /** Name, leader and members checked against the branch's own members; every refused field named at once. */
    private List<Long> checked(PartyGroupDraft draft, Organization org) {
        FieldErrors errors = AffairsText.errors();
        Set<Long> ids = check(draft, errors);
        List<Long> memberIds = new ArrayList<>(ids);
        for (int i = 0; draft.memberIds() != null && i < draft.memberIds().size(); i++) {
            Long id = draft.memberIds().get(i);
            if (id == null) {
                continue;
            }
            MemberReference m = members.reference(id).orElse(null);
            if (m == null || m.organizationId() != org.id()) {
                errors.add("memberIds[" + i + "]", "member.notIn", id, org.name());
            }
        }
        errors.throwIfAny();
        return memberIds;
    }

    /** The checks that need nothing stored: a name, at least one member, no repeats, the leader among them. */
    static Set<Long> check(PartyGroupDraft draft, FieldErrors errors) {
        errors.line("name", draft.name(), MAX_NAME, true);
        Set<Long> ids = new LinkedHashSet<>();
        List<Long> given = draft.memberIds() == null ? List.of() : draft.memberIds();
        if (given.isEmpty() || given.size() > MAX_MEMBERS) {
            errors.add("memberIds", "group.members", MAX_MEMBERS);
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null || !ids.add(given.get(i))) {
                errors.add("memberIds[" + i + "]", "group.member.repeated", given.get(i));
            }
        }
        if (draft.leaderId() == null) {
            errors.add("leaderId", "member.required");
        } else if (!ids.contains(draft.leaderId())) {
            errors.add("leaderId", "group.leader.notMember", draft.leaderId());
        }
        return ids;
    }

    /** 409 when another group of the branch has the name, 422 naming each member already in another group. */
    private void requireFree(EntityManager em, long orgId, List<Long> memberIds, Long self, String name) {
        Map<Long, String> taken = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT x.memberId, g.name, g.id FROM PartyGroupMemberEntity x, PartyGroupEntity g "
                + "WHERE x.groupId = g.id AND g.organizationId = :o", Object[].class).setParameter("o", orgId).getResultList()) {
            if (self == null || ((Number) row[2]).longValue() != self) {
                taken.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        FieldErrors errors = AffairsText.errors();
        for (int i = 0; i < memberIds.size(); i++) {
            String other = taken.get(memberIds.get(i));
            if (other != null) {
                errors.add("memberIds[" + i + "]", "group.member.elsewhere", memberIds.get(i), other);
            }
        }
        errors.throwIfAny();
        Long sameName = em.createQuery("SELECT COUNT(g) FROM PartyGroupEntity g WHERE g.organizationId = :o AND g.name = :n "
                + "AND g.id <> :self", Long.class).setParameter("o", orgId).setParameter("n", name)
                .setParameter("self", self == null ? -1L : self).getSingleResult();
        if (sameName > 0) {
            throw AffairsText.TEXT.conflict("group.name.taken", name);
        }
    }

    private PartyGroupEntity visible(EntityManager em, long id) {
        PartyGroupEntity g = em.find(PartyGroupEntity.class, id);
        if (g == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(g.orgPath, TYPE, id);
        return g;
    }

    private PartyGroup toRecord(EntityManager em, PartyGroupEntity g) {
        List<PartyGroup.GroupMember> list = em.createQuery("SELECT x.memberId FROM PartyGroupMemberEntity x WHERE x.groupId = :g "
                        + "ORDER BY x.memberId", Long.class).setParameter("g", g.id).getResultList().stream()
                .map(id -> new PartyGroup.GroupMember(id, name(id))).toList();
        return new PartyGroup(g.id, g.organizationId, scope.name(g.organizationId), g.name, g.leaderId, name(g.leaderId), list,
                g.createdBy, UtcTimes.instant(g.createdAt), g.version);
    }

    private String name(long memberId) {
        return members.reference(memberId).map(MemberReference::name).orElse(null);
    }
}
