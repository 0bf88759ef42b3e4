package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Award campaigns (两优一先, 七一表彰): organized by a unit, with award categories, quotas per unit and a submission
 * window. A campaign is seen by the units it covers (the organizer's subtree) and by those above the organizer; its
 * quotas count the live nominations (pending or awarded) of a category from a unit's subtree.
 */
@Component(service = Campaigns.class)
public class Campaigns {
    static final String TYPE = "rolemodel.campaign";
    static final List<NominationStatus> LIVE = List.of(NominationStatus.PENDING, NominationStatus.AWARDED);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Campaigns(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                     @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
    }

    public AwardCampaign create(CampaignDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String name = errors.line("name", draft.name(), 200, true);
        errors.required("kind", draft.kind());
        Integer year = errors.whole("year", draft.year(), Inputs.FIRST_YEAR, Inputs.lastYear(), true);
        Organization unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        String issuer = errors.line("issuer", draft.issuer(), 200, true);
        Set<AwardCategory> categories = new LinkedHashSet<>();
        if (draft.categories() == null || draft.categories().isEmpty() || draft.categories().contains(null)) {
            errors.required("categories", null);
        } else {
            categories.addAll(draft.categories());
        }
        LocalDate opens = errors.date("opensOn", draft.opensOn(), Inputs.EARLIEST, Inputs.latestPlanned(), true);
        LocalDate closes = errors.date("closesOn", draft.closesOn(), Inputs.EARLIEST, Inputs.latestPlanned(), true);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", RoleModelText.TEXT.message("campaign.closesBeforeOpens", opens));
        }
        List<QuotaDraft> quotas = draft.quotas() == null ? List.of() : draft.quotas();
        List<Organization> quotaUnits = quotaUnits(errors, quotas, categories, unit);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = new CampaignEntity();
            c.name = name;
            c.kind = draft.kind();
            c.year = year;
            c.organizationId = unit.id();
            c.orgPath = unit.path();
            c.issuer = issuer;
            c.level = Levels.tierOf(unit.unitType());
            c.categories = String.join(",", categories.stream().map(Enum::name).toList());
            c.opensOn = opens;
            c.closesOn = closes;
            c.createdAt = UtcTimes.now();
            c.createdBy = actor;
            em.persist(c);
            em.flush();
            persistQuotas(em, c.id, quotas, quotaUnits);
            audit.record("CREATE", TYPE, c.id, name + " (" + unit.name() + ")",
                    List.of(new FieldChange("window", null, opens + "/" + closes)));
            return toRecord(em, c);
        });
    }

    /**
     * Checks the quotas of a campaign organized by {@code unit} with the given categories (each of a category of the
     * campaign, for a unit of the organizer's subtree, one per unit and category); answers each quota's unit.
     */
    List<Organization> quotaUnits(ValidationException.Builder errors, List<QuotaDraft> quotas, Set<AwardCategory> categories,
                                  Organization unit) {
        List<Organization> quotaUnits = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < quotas.size(); i++) {
            QuotaDraft q = quotas.get(i);
            String at = "quotas[" + i + "].";
            if (q == null) {
                errors.required("quotas[" + i + "]", null);
                quotaUnits.add(null);
                continue;
            }
            errors.required(at + "category", q.category());
            if (q.category() != null && !categories.isEmpty() && !categories.contains(q.category())) {
                errors.add(at + "category", RoleModelText.TEXT.message("campaign.quotaCategory", ModuleMessages.choices(categories.toArray(AwardCategory[]::new))));
            }
            Organization qu = scope.referencedUnit(q.organizationId(), at + "organizationId", errors);
            if (qu != null && unit != null && !qu.path().startsWith(unit.path())) {
                errors.add(at + "organizationId", RoleModelText.TEXT.message("campaign.quotaOutside", unit.name()));
                qu = null;
            }
            if (qu != null && q.category() != null && !seen.add(q.category() + "@" + qu.id())) {
                errors.add(at + "organizationId", RoleModelText.TEXT.message("campaign.quotaTwice"));
            }
            errors.whole(at + "quota", q.quota(), 1, 10_000, true);
            quotaUnits.add(qu);
        }
        return quotaUnits;
    }

    static void persistQuotas(EntityManager em, long campaignId, List<QuotaDraft> quotas, List<Organization> units) {
        for (int i = 0; i < quotas.size(); i++) {
            QuotaEntity q = new QuotaEntity();
            q.campaignId = campaignId;
            q.category = quotas.get(i).category();
            q.organizationId = units.get(i).id();
            q.orgPath = units.get(i).path();
            q.quota = quotas.get(i).quota();
            em.persist(q);
        }
    }

    public AwardCampaign get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** The campaigns a unit takes part in: organized in its subtree or by a unit above it; {@code year} optional. */
    public Page<AwardCampaign> search(Long unitId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE (c.orgPath LIKE :path OR c.orgPath IN :above)" + (year == null ? "" : " AND c.year = :year");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<CampaignEntity> select = em.createQuery("SELECT c FROM CampaignEntity c" + where + Paging.orderBy(page.sort(),
                    Paging.fields("c", List.of("name", "year", "opensOn", "closesOn")), "c.year DESC, c.closesOn DESC", "c.id"),
                    CampaignEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CampaignEntity c" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%").setParameter("above", above(unit.path()));
                if (year != null) {
                    q.setParameter("year", year);
                }
            }
            List<AwardCampaign> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(c -> toRecord(em, c)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Nominations by status, and per category nominations (live), awarded and quota places, for the caller's part. */
    public CampaignFigures figures(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CampaignEntity c = visible(em, id);
            String part = scope.scopePattern();
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Arrays.stream(NominationStatus.values()).forEach(s -> byStatus.put(s.name(), 0L));
            Map<AwardCategory, long[]> byCategory = new LinkedHashMap<>();
            categories(c).forEach(k -> byCategory.put(k, new long[3]));
            em.createQuery("SELECT n.category, n.status, COUNT(n) FROM NominationEntity n WHERE n.campaignId = :id "
                            + "AND n.orgPath LIKE :part GROUP BY n.category, n.status", Object[].class)
                    .setParameter("id", id).setParameter("part", part).getResultList().forEach(r -> {
                        NominationStatus s = (NominationStatus) r[1];
                        long n = ((Number) r[2]).longValue();
                        byStatus.merge(s.name(), n, Long::sum);
                        long[] f = byCategory.computeIfAbsent((AwardCategory) r[0], k -> new long[3]);
                        f[0] += LIVE.contains(s) ? n : 0;
                        f[1] += s == NominationStatus.AWARDED ? n : 0;
                    });
            em.createQuery("SELECT q.category, SUM(q.quota) FROM QuotaEntity q WHERE q.campaignId = :id GROUP BY q.category",
                            Object[].class).setParameter("id", id)
                    .getResultList().forEach(r -> byCategory.computeIfAbsent((AwardCategory) r[0], k -> new long[3])[2] =
                            ((Number) r[1]).longValue());
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new CampaignFigures(id, total, byStatus, byCategory.entrySet().stream()
                    .map(e -> new CategoryFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList());
        });
    }

    /** The campaign, 404 unless the caller's scope and the campaign's subtree meet. */
    CampaignEntity visible(EntityManager em, long id) {
        CampaignEntity c = em.find(CampaignEntity.class, id);
        String mine = scope.scopePath();
        if (c == null || mine != null && !c.orgPath.startsWith(mine) && !mine.startsWith(c.orgPath)) {
            throw RoleModelText.TEXT.notFound(TYPE, id);
        }
        return c;
    }

    static List<AwardCategory> categories(CampaignEntity c) {
        return Arrays.stream(c.categories.split(",")).map(AwardCategory::valueOf).toList();
    }

    static boolean open(CampaignEntity c, LocalDate day) {
        return !day.isBefore(c.opensOn) && !day.isAfter(c.closesOn);
    }

    /** The quotas of a category whose unit covers the path, with their live nominations (the one given excluded). */
    static List<Quota> quotasOver(EntityManager em, ModuleScope scope, long campaignId, AwardCategory category, String path,
                                  Long except) {
        List<Quota> result = new ArrayList<>();
        for (QuotaEntity q : em.createQuery("SELECT q FROM QuotaEntity q WHERE q.campaignId = :id AND q.category = :cat",
                QuotaEntity.class).setParameter("id", campaignId).setParameter("cat", category).getResultList()) {
            if (path.startsWith(q.orgPath)) {
                result.add(new Quota(q.category, q.organizationId, scope.name(q.organizationId), q.quota,
                        used(em, campaignId, category, q.orgPath, except)));
            }
        }
        return result;
    }

    static long used(EntityManager em, long campaignId, AwardCategory category, String path, Long except) {
        return em.createQuery("SELECT COUNT(n) FROM NominationEntity n WHERE n.campaignId = :id AND n.category = :cat "
                        + "AND n.orgPath LIKE :path AND n.status IN :live AND n.id <> :except", Long.class)
                .setParameter("id", campaignId).setParameter("cat", category).setParameter("path", path + "%")
                .setParameter("live", LIVE).setParameter("except", except == null ? -1L : except).getSingleResult();
    }

    /** The paths of the units above a path ("/1/5/9/" → "/1/", "/1/5/"). */
    static List<String> above(String path) {
        List<String> result = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            result.add(path.substring(0, i + 1));
        }
        return result.isEmpty() ? List.of("-") : result;
    }

    AwardCampaign toRecord(EntityManager em, CampaignEntity c) {
        List<Quota> quotas = em.createQuery("SELECT q FROM QuotaEntity q WHERE q.campaignId = :id ORDER BY q.category, q.orgPath",
                QuotaEntity.class).setParameter("id", c.id).getResultList().stream()
                .map(q -> new Quota(q.category, q.organizationId, scope.name(q.organizationId), q.quota,
                        used(em, c.id, q.category, q.orgPath, null))).toList();
        return new AwardCampaign(c.id, c.name, c.kind, c.year, c.organizationId, scope.name(c.organizationId), c.issuer, c.level,
                categories(c), c.opensOn, c.closesOn, open(c, LocalDate.now()), quotas, UtcTimes.instant(c.createdAt), c.createdBy,
                c.version);
    }
}
