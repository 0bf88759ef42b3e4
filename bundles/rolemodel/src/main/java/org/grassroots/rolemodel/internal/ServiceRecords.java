package org.grassroots.rolemodel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service records of the campaigns ("我为群众办实事", "亮身份、树形象、作贡献、促发展"): what was done, for whom, how
 * many hours, by a member (recorded under the member's organization) or by an organization itself.
 */
@Component(service = ServiceRecords.class)
public class ServiceRecords {
    static final String TYPE = "rolemodel.service";
    static final BigDecimal MIN_HOURS = new BigDecimal("0.1");
    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public ServiceRecords(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                          @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                          @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.members = members;
    }

    public ServiceRecord create(ServiceRecordDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("campaign", draft.campaign());
        Organization unit;
        MemberReference member = null;
        if (draft.memberId() != null) {
            member = members.reference(draft.memberId()).orElse(null);
            if (member == null) {
                errors.add("memberId", RoleModelText.TEXT.message("member.unknown", draft.memberId()));
                unit = null;
            } else {
                unit = scope.referencedUnit(member.organizationId(), "memberId", errors);
            }
        } else {
            unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        }
        String what = errors.note("what", draft.what(), 1000, true);
        String beneficiary = errors.line("beneficiary", draft.beneficiary(), 200, true);
        BigDecimal hours = errors.number("hours", draft.hours(), MIN_HOURS, MAX_HOURS, 1, true);
        LocalDate on = errors.date("servedOn", draft.servedOn(), Inputs.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        MemberReference by = member;
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceEntity s = createIn(em, draft.campaign(), unit, by == null ? null : by.id(), by == null ? null : by.name(), what,
                    beneficiary, hours, on, actor);
            audit.record("CREATE", TYPE, s.id, unit.name() + " " + on + " " + hours + "h", List.of());
            return toRecord(s);
        });
    }

    ServiceEntity createIn(EntityManager em, Campaign campaign, Organization unit, Long memberId, String memberName, String what,
                           String beneficiary, BigDecimal hours, LocalDate on, String actor) {
        ServiceEntity s = new ServiceEntity();
        s.campaign = campaign;
        s.organizationId = unit.id();
        s.orgPath = unit.path();
        s.memberId = memberId;
        s.memberName = memberName;
        s.what = what;
        s.beneficiary = beneficiary;
        s.hours = hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
        s.servedOn = on;
        s.recordedAt = UtcTimes.now();
        s.recordedBy = actor;
        em.persist(s);
        return s;
    }

    public Page<ServiceRecord> search(Long unitId, Integer year, Campaign campaign, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE s.orgPath LIKE :path" + (year == null ? "" : " AND s.servedOn >= :first AND s.servedOn <= :last")
                + (campaign == null ? "" : " AND s.campaign = :campaign");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceEntity> select = em.createQuery("SELECT s FROM ServiceEntity s" + where + Paging.orderBy(page.sort(),
                    Paging.fields("s", List.of("servedOn", "hours", "campaign")), "s.servedOn DESC", "s.id"), ServiceEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM ServiceEntity s" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
                }
                if (campaign != null) {
                    q.setParameter("campaign", campaign);
                }
            }
            return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::toRecord).toList(), count.getSingleResult(), page.page(), page.size());
        });
    }

    ServiceRecord toRecord(ServiceEntity s) {
        return new ServiceRecord(s.id, s.campaign, s.organizationId, scope.name(s.organizationId), s.memberId, s.memberName, s.what,
                s.beneficiary, s.hours, s.servedOn, UtcTimes.instant(s.recordedAt), s.recordedBy);
    }
}
