package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Business districts (商圈) and their joint mechanisms: a group of buildings and units led by one Party organization,
 * which holds joint meetings (联席会议) and joint activities (联建活动) with the member units present and the outcomes.
 * A district is scoped by its lead unit's path.
 */
@Component(service = Districts.class)
public class Districts {
    static final String TYPE = "buildings.district";
    static final String MEMBER_TYPE = "buildings.districtMember";
    static final String ACTIVITY_TYPE = "buildings.districtActivity";
    static final int MAX_PARTICIPANTS = 5000;
    static final int MAX_PRESENT = 300;
    /** Units that may join a district besides buildings: the enterprises and organizations in and around them. */
    static final Set<UnitType> MEMBER_TYPES = Set.of(UnitType.BUILDING, UnitType.ENTERPRISE, UnitType.SOCIAL_ORGANIZATION,
            UnitType.INSTITUTION);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Districts(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                     @Reference Buildings buildings, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = buildings.scope();
        this.audit = audit;
    }

    public District create(DistrictDraft draft) {
        BuildingRecords.requireBody(draft, "{leadOrgId, name, mechanism, establishedOn}");
        Organization lead = scope.enabledUnit(draft.leadOrgId(), "leadOrgId");
        ValidationException.Builder errors = ValidationException.builder();
        if (lead.partyOrgType() == null || lead.partyOrgType() == PartyOrgType.NONE) {
            errors.add("leadOrgId", BuildingsText.TEXT.message("coverage.noOrganization", lead.name()));
        }
        String name = errors.line("name", draft.name(), 100, true);
        String mechanism = errors.note("mechanism", draft.mechanism(), 1000, false);
        BuildingRecords.pastDate(errors, "establishedOn", draft.establishedOn(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT d.id FROM DistrictEntity d WHERE d.leadOrgId = :l AND d.name = :n", Long.class)
                    .setParameter("l", lead.id()).setParameter("n", name).getResultList().isEmpty()) {
                throw BuildingsText.TEXT.conflict("district.exists", lead.name(), name);
            }
            DistrictEntity d = new DistrictEntity();
            d.leadOrgId = lead.id();
            d.orgPath = lead.path();
            d.name = name;
            d.mechanism = mechanism;
            d.establishedOn = draft.establishedOn();
            d.createdAt = UtcTimes.now();
            d.createdBy = actor;
            em.persist(d);
            em.flush();
            audit.record("CREATE", TYPE, d.id, lead.name() + ": " + d.name, List.of());
            return view(em, d);
        });
    }

    public District get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, load(em, id)));
    }

    private DistrictEntity load(EntityManager em, long id) {
        return BuildingRecords.visible(em, scope, DistrictEntity.class, id, "district", r -> r.orgPath);
    }

    /** The districts led from the units under {@code unit} (checked: in scope, enabled), oldest first. */
    public Page<District> search(Long unit, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> BuildingRecords.under(em, DistrictEntity.class, under.path(),
                "r.establishedOn, r.id", page, d -> view(em, d)));
    }

    /** A building or unit joins: in the caller's scope, of a member type, once, not before the district was set up. */
    public District addMember(long districtId, DistrictMemberDraft draft) {
        District district = get(districtId);
        scope.requireEnabled(district.leadOrgId());
        BuildingRecords.requireBody(draft, "{unitId, joinedOn}");
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = scope.referencedUnit(draft.unitId(), "unitId", errors);
        if (unit != null && !MEMBER_TYPES.contains(unit.unitType())) {
            errors.add("unitId", BuildingsText.TEXT.message("district.memberType", unit.name()));
        }
        errors.date("joinedOn", draft.joinedOn(), district.establishedOn(), LocalDate.now(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            DistrictEntity d = em.find(DistrictEntity.class, districtId);
            DistrictMemberEntity present = em.createQuery("SELECT m FROM DistrictMemberEntity m WHERE m.districtId = :d "
                    + "AND m.unitId = :u", DistrictMemberEntity.class).setParameter("d", districtId).setParameter("u", unit.id())
                    .getResultStream().findFirst().orElse(null);
            if (present != null) {
                throw present.leftOn == null ? BuildingsText.TEXT.conflict("district.memberExists", unit.name(), d.name)
                        : BuildingsText.TEXT.conflict("district.rejoin", unit.name(), present.leftOn, d.name);
            }
            DistrictMemberEntity m = new DistrictMemberEntity();
            m.districtId = districtId;
            m.leadOrgId = d.leadOrgId;
            m.orgPath = d.orgPath;
            m.unitId = unit.id();
            m.unitType = unit.unitType();
            m.joinedOn = draft.joinedOn();
            m.createdAt = UtcTimes.now();
            m.createdBy = actor;
            em.persist(m);
            em.flush();
            audit.record("CREATE", MEMBER_TYPE, m.id, d.name + ": " + unit.name(), List.of());
            return view(em, d);
        });
    }

    /**
     * A member leaves the district on a day, from the day it joined (and the last meeting or activity it was present
     * at) to today; it stays listed with its attendance while a member. 409 when it has left already.
     */
    public District leave(long districtId, long memberId, DistrictLeave draft) {
        District district = get(districtId);
        scope.requireEnabled(district.leadOrgId());
        DistrictMember member = district.members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> BuildingsText.TEXT.notFound("districtMember", memberId));
        if (member.leftOn() != null) {
            throw BuildingsText.TEXT.conflict("district.memberLeft", member.unitName(), member.leftOn());
        }
        BuildingRecords.requireBody(draft, "{leftOn}");
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            LocalDate lastPresent = lastPresent(em, districtId, member);
            ValidationException.Builder errors = ValidationException.builder();
            errors.date("leftOn", draft.leftOn(), lastPresent == null ? member.joinedOn() : lastPresent, LocalDate.now(), true);
            errors.throwIfAny();
            DistrictEntity d = em.find(DistrictEntity.class, districtId);
            DistrictMemberEntity m = em.find(DistrictMemberEntity.class, memberId);
            m.leftOn = draft.leftOn();
            em.flush();
            audit.record("UPDATE", MEMBER_TYPE, m.id, d.name + ": " + member.unitName() + " ↛ " + m.leftOn,
                    List.of(new FieldChange("leftOn", null, String.valueOf(m.leftOn))));
            return view(em, d);
        });
    }

    /** The day of the last meeting or activity the member was present at, null when none. */
    private static LocalDate lastPresent(EntityManager em, long districtId, DistrictMember member) {
        LocalDate last = null;
        for (DistrictActivityEntity a : em.createQuery("SELECT a FROM DistrictActivityEntity a WHERE a.districtId = :d "
                + "AND a.heldOn >= :from", DistrictActivityEntity.class).setParameter("d", districtId)
                .setParameter("from", member.joinedOn()).getResultList()) {
            if (ids(a.presentUnits).contains(member.unitId()) && (last == null || a.heldOn.isAfter(last))) {
                last = a.heldOn;
            }
        }
        return last;
    }

    /** Records a joint meeting or activity; every unit present must be a member on that day. */
    public DistrictActivity recordActivity(long districtId, DistrictActivityDraft draft) {
        District district = get(districtId);
        scope.requireEnabled(district.leadOrgId());
        BuildingRecords.requireBody(draft, "{kind, heldOn, topic, presentUnitIds, participants, outcomes}");
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("kind", draft.kind());
        LocalDate heldOn = errors.date("heldOn", draft.heldOn(), district.establishedOn(), LocalDate.now(), true);
        String topic = errors.line("topic", draft.topic(), 200, true);
        errors.whole("participants", draft.participants(), 1, MAX_PARTICIPANTS, true);
        String outcomes = errors.note("outcomes", draft.outcomes(), 2000, false);
        Set<Long> present = presentUnits(errors, district, draft.presentUnitIds(), heldOn);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            DistrictEntity d = em.find(DistrictEntity.class, districtId);
            DistrictActivityEntity a = new DistrictActivityEntity();
            a.districtId = districtId;
            a.leadOrgId = d.leadOrgId;
            a.orgPath = d.orgPath;
            a.kind = draft.kind();
            a.heldOn = heldOn;
            a.topic = topic;
            a.presentUnits = present.stream().map(String::valueOf).collect(Collectors.joining(","));
            a.participants = draft.participants();
            a.outcomes = outcomes;
            a.recordedAt = UtcTimes.now();
            a.recordedBy = actor;
            em.persist(a);
            em.flush();
            audit.record("CREATE", ACTIVITY_TYPE, a.id, d.name + " " + a.heldOn + " " + a.kind + ": " + a.topic, List.of());
            return activity(a, expected(district, a.heldOn));
        });
    }

    /** The units present, each a member on {@code heldOn} (refused one by one), at least one. */
    static Set<Long> presentUnits(ValidationException.Builder errors, District district, List<Long> ids, LocalDate heldOn) {
        Set<Long> present = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            errors.required("presentUnitIds", null);
            return present;
        }
        if (ids.size() > MAX_PRESENT) {
            errors.add("presentUnitIds", BuildingsText.TEXT.message("district.tooManyPresent", MAX_PRESENT));
            return present;
        }
        Map<Long, DistrictMember> members = new HashMap<>();
        district.members().forEach(m -> members.put(m.unitId(), m));
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            DistrictMember member = id == null ? null : members.get(id);
            if (member == null) {
                errors.add("presentUnitIds[" + i + "]", BuildingsText.TEXT.message("district.notMember", id, district.name()));
            } else if (heldOn != null && member.joinedOn().isAfter(heldOn)) {
                errors.add("presentUnitIds[" + i + "]", BuildingsText.TEXT.message("district.joinedLater", member.unitName(),
                        member.joinedOn()));
            } else if (heldOn != null && !member.memberOn(heldOn)) {
                errors.add("presentUnitIds[" + i + "]", BuildingsText.TEXT.message("district.leftEarlier", member.unitName(),
                        member.leftOn()));
            } else {
                present.add(id);
            }
        }
        return present;
    }

    /**
     * The dashboard's figures of the districts led under {@code under} (a path prefix): districts set up by the year's
     * end, member buildings and other units at the year's end, the year's joint meetings and activities and the
     * people who took part; each a query of the rows under the path.
     */
    Map<String, Double> figures(String under, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<String, Double> parts = new LinkedHashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            parts.put("districts", em.createQuery("SELECT COUNT(d) FROM DistrictEntity d WHERE d.orgPath LIKE :under "
                    + "AND d.establishedOn <= :to", Long.class).setParameter("under", under).setParameter("to", to)
                    .getSingleResult().doubleValue());
            parts.put("buildings", 0.0);
            parts.put("units", 0.0);
            for (Object[] row : em.createQuery("SELECT m.unitType, COUNT(m) FROM DistrictMemberEntity m WHERE m.orgPath LIKE :under "
                    + "AND m.joinedOn <= :to AND (m.leftOn IS NULL OR m.leftOn >= :to) GROUP BY m.unitType", Object[].class)
                    .setParameter("under", under).setParameter("to", to).getResultList()) {
                parts.merge(row[0] == UnitType.BUILDING ? "buildings" : "units", ((Number) row[1]).doubleValue(), Double::sum);
            }
            for (ActivityKind kind : ActivityKind.values()) {
                parts.put(kind.name(), 0.0);
            }
            double participants = 0;
            for (Object[] row : em.createQuery("SELECT a.kind, COUNT(a), SUM(a.participants) FROM DistrictActivityEntity a "
                    + "WHERE a.orgPath LIKE :under AND a.heldOn >= :from AND a.heldOn <= :to GROUP BY a.kind", Object[].class)
                    .setParameter("under", under).setParameter("from", from).setParameter("to", to).getResultList()) {
                parts.put(((ActivityKind) row[0]).name(), ((Number) row[1]).doubleValue());
                participants += row[2] == null ? 0 : ((Number) row[2]).doubleValue();
            }
            parts.put("participants", participants);
            return null;
        });
        return parts;
    }

    /** The district's joint meetings and activities, newest first. */
    public Page<DistrictActivity> activities(long districtId, PageRequest page) {
        District district = get(districtId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<DistrictActivityEntity> rows = em.createQuery("SELECT a FROM DistrictActivityEntity a WHERE a.districtId = :d "
                            + "ORDER BY a.heldOn DESC, a.id DESC", DistrictActivityEntity.class).setParameter("d", districtId)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = em.createQuery("SELECT COUNT(a) FROM DistrictActivityEntity a WHERE a.districtId = :d", Long.class)
                    .setParameter("d", districtId).getSingleResult();
            return new Page<>(rows.stream().map(a -> activity(a, expected(district, a.heldOn))).toList(), total, page.page(),
                    page.size());
        });
    }

    /** How many units were members on the day of an activity (the attendance it is measured against). */
    static int expected(District district, LocalDate heldOn) {
        return (int) district.members().stream().filter(m -> m.memberOn(heldOn)).count();
    }

    static List<Long> ids(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(Long::valueOf).toList();
    }

    private District view(EntityManager em, DistrictEntity d) {
        List<DistrictActivityEntity> held = em.createQuery("SELECT a FROM DistrictActivityEntity a WHERE a.districtId = :d",
                DistrictActivityEntity.class).setParameter("d", d.id).getResultList();
        List<DistrictMember> members = new ArrayList<>();
        int buildingCount = 0;
        int current = 0;
        for (DistrictMemberEntity m : em.createQuery("SELECT m FROM DistrictMemberEntity m WHERE m.districtId = :d "
                + "ORDER BY m.joinedOn, m.id", DistrictMemberEntity.class).setParameter("d", d.id).getResultList()) {
            boolean building = m.unitType == UnitType.BUILDING;
            DistrictMember member = new DistrictMember(m.id, m.unitId, scope.name(m.unitId), building, m.joinedOn, m.leftOn, 0, 0);
            int since = 0;
            int attended = 0;
            for (DistrictActivityEntity a : held) {
                if (member.memberOn(a.heldOn)) {
                    since++;
                    attended += ids(a.presentUnits).contains(m.unitId) ? 1 : 0;
                }
            }
            if (m.leftOn == null) { // the counts are of the members today; those who left stay listed
                current++;
                buildingCount += building ? 1 : 0;
            }
            members.add(new DistrictMember(m.id, m.unitId, member.unitName(), building, m.joinedOn, m.leftOn, since, attended));
        }
        members.sort((a, b) -> a.leftOn() == null && b.leftOn() != null ? -1 : a.leftOn() != null && b.leftOn() == null ? 1
                : Boolean.compare(b.building(), a.building()));
        return new District(d.id, d.leadOrgId, scope.name(d.leadOrgId), d.name, d.mechanism, d.establishedOn, members,
                buildingCount, current - buildingCount, held.size(), UtcTimes.instant(d.createdAt), d.createdBy, d.version);
    }

    private DistrictActivity activity(DistrictActivityEntity a, int expected) {
        List<Long> present = ids(a.presentUnits);
        return new DistrictActivity(a.id, a.districtId, a.kind, a.heldOn, a.topic, present, present.stream().map(scope::name).toList(),
                expected, a.participants, a.outcomes, UtcTimes.instant(a.recordedAt), a.recordedBy, a.version);
    }
}
