package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.Phones;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mobile members (流动党员): outflow registrations of the platform's members who are away (where, why, since when,
 * the organization that manages them there, a contact phone) and inflow registrations of members of elsewhere managed
 * by a unit here, until they return. One open registration per member.
 */
@Component(service = Mobiles.class)
public class Mobiles {
    static final String TYPE = "membership.mobile";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final PersonalDataProtection personal;

    @Activate
    public Mobiles(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                   @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                   @Reference AuditLog audit, @Reference MemberService members, @Reference PersonalDataProtection personal) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
        this.members = members;
        this.personal = personal;
    }

    public Mobile register(MobileDraft draft) {
        if (draft == null || draft.direction() == null) {
            throw MembershipText.TEXT.invalid("direction", "field.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = null;
        Organization unit = null;
        String name;
        if (draft.direction() == MobileDirection.OUTFLOW) {
            member = draft.memberId() == null ? null : members.reference(draft.memberId()).orElse(null);
            if (member == null) {
                errors.add("memberId", MembershipText.TEXT.message("member.unknown", draft.memberId()));
            }
            name = member == null ? null : member.name();
        } else {
            unit = MembershipText.unit(scope, draft.organizationId(), "organizationId", errors);
            name = errors.line("memberName", draft.memberName(), 100, true);
        }
        String place = errors.line("place", draft.place(), 200, true);
        String reason = errors.note("reason", draft.reason(), 500, true);
        String managedBy = errors.line("managedBy", draft.managedBy(), 200, true);
        if (draft.since() == null) {
            errors.add("since", MembershipText.TEXT.message("field.required"));
        } else if (draft.since().isAfter(LocalDate.now())) {
            errors.add("since", MembershipText.TEXT.message("date.future"));
        }
        if (draft.contact() != null && !draft.contact().isBlank() && !Phones.isValid(draft.contact())) {
            errors.add("contact", MembershipText.TEXT.message("phone.invalid"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        long ownerId = member != null ? member.organizationId() : unit.id();
        String ownerPath = member != null ? member.path() : unit.path();
        scope.requireEnabled(ownerId);
        String actor = scope.actor();
        MemberReference m = member;
        return jpa.txExpr(TransactionType.Required, em -> {
            if (m != null && !em.createQuery("SELECT e.id FROM MobileEntity e WHERE e.memberId = :m AND e.returnedOn IS NULL",
                    Long.class).setParameter("m", m.id()).getResultList().isEmpty()) {
                throw MembershipText.TEXT.conflict("mobile.open", m.name());
            }
            MobileEntity e = new MobileEntity();
            e.direction = draft.direction();
            e.memberId = m == null ? null : m.id();
            e.memberName = name;
            e.organizationId = ownerId;
            e.orgPath = ownerPath;
            e.place = place;
            e.reason = reason;
            e.since = draft.since();
            e.contact = draft.contact() == null || draft.contact().isBlank() ? null : personal.encrypt(draft.contact().strip());
            e.managedBy = managedBy;
            e.createdAt = UtcTimes.now();
            e.createdBy = actor;
            em.persist(e);
            em.flush();
            audit.record("CREATE", TYPE, e.id, e.direction + " " + name, List.of(new FieldChange("place", null, place)));
            return toRecord(e);
        });
    }

    public Mobile returned(long id, long version, TransferStepDraft draft) {
        LocalDate on = draft == null || draft.on() == null ? LocalDate.now() : draft.on();
        return jpa.txExpr(TransactionType.Required, em -> {
            MobileEntity e = visible(em, id);
            scope.requireEnabled(e.organizationId);
            if (e.returnedOn != null) {
                throw MembershipText.TEXT.conflict("mobile.returned", e.memberName, e.returnedOn);
            }
            if (on.isAfter(LocalDate.now()) || on.isBefore(e.since)) {
                throw MembershipText.TEXT.invalid("on", "mobile.returnDate", e.since);
            }
            if (e.version != version) {
                throw MembershipText.TEXT.stale(TYPE, id, version, e.version);
            }
            e.returnedOn = on;
            em.flush();
            audit.record("RETURN", TYPE, e.id, e.memberName, List.of(new FieldChange("returnedOn", null, on.toString())));
            return toRecord(e);
        });
    }

    public Page<Mobile> search(Long unitId, MobileDirection direction, Boolean away, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE e.orgPath LIKE :path" + (direction == null ? "" : " AND e.direction = :d")
                + (away == null ? "" : away ? " AND e.returnedOn IS NULL" : " AND e.returnedOn IS NOT NULL");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT e FROM MobileEntity e" + where + " ORDER BY e.since DESC, e.id DESC", MobileEntity.class);
            var count = em.createQuery("SELECT COUNT(e) FROM MobileEntity e" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (direction != null) {
                    q.setParameter("d", direction);
                }
            }
            List<Mobile> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private MobileEntity visible(EntityManager em, long id) {
        MobileEntity e = em.find(MobileEntity.class, id);
        if (e == null) {
            throw new NotFoundException(MembershipText.TEXT.message("mobile.notFound", id));
        }
        scope.requireVisible(e.orgPath, TYPE, id);
        return e;
    }

    private Mobile toRecord(MobileEntity e) {
        return new Mobile(e.id, e.direction, e.memberId, e.memberName, e.organizationId, scope.name(e.organizationId), e.place,
                e.reason, e.since, personal.maskedPhone(e.contact), e.managedBy, e.returnedOn, UtcTimes.instant(e.createdAt),
                e.createdBy, e.version);
    }
}
