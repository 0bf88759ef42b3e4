package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 民主评议党员: a yearly campaign per organization (opened → ratings entered → closed). Opening lists the members
 * of the organization as they are then; each is rated exactly once, or excused with the reason (joined or left
 * during the year); a member who joined after the opening is added explicitly; 不合格 needs a follow-up record; a
 * campaign closes only when no member is left unrated.
 */
@Component(service = Evaluations.class)
public class Evaluations {
    static final String TYPE = "affairs.campaign";
    static final int MAX_BATCH = 2000;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final FigureCache cache;

    @Activate
    public Evaluations(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                       @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                       @Reference AuditLog audit, @Reference MemberService members, @Reference FigureCache cache) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.cache = cache;
    }

    public Campaign open(CampaignDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{organizationId, year}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        FieldErrors errors = AffairsText.errors();
        if (org.partyOrgType() == null || !org.partyOrgType().isPartyOrganization()) {
            errors.add("organizationId", "campaign.noParty", org.name());
        }
        if (draft.year() == null || draft.year() < 2000 || draft.year() > LocalDate.now().getYear()) {
            errors.add("year", "campaign.year");
        }
        errors.throwIfAny();
        List<Long> roster = roster(org);
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT c.id FROM CampaignEntity c WHERE c.organizationId = :org AND c.year = :year", Long.class)
                    .setParameter("org", org.id()).setParameter("year", draft.year()).getResultList().isEmpty()) {
                throw AffairsText.TEXT.conflict("campaign.exists", org.name(), draft.year());
            }
            CampaignEntity c = openIn(em, org, draft.year(), actor, UtcTimes.now());
            roster.forEach(memberId -> line(em, c, memberId));
            em.flush();
            audit.record("OPEN", TYPE, c.id, org.name() + " " + c.year + ": " + roster.size() + " members",
                    List.of(new FieldChange("status", null, c.status.name())));
            return toRecord(em, c);
        }));
    }

    CampaignEntity openIn(EntityManager em, Organization org, int year, String actor, LocalDateTime at) {
        CampaignEntity c = new CampaignEntity();
        c.organizationId = org.id();
        c.orgPath = org.path();
        c.year = year;
        c.status = CampaignStatus.OPEN;
        c.openedBy = actor;
        c.openedAt = at;
        em.persist(c);
        return c;
    }

    /** Adds a member who joined the organization after the campaign opened. */
    public RatingLine addMember(long campaignId, Long memberId) {
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = open(em, campaignId);
            MemberReference ref = memberId == null ? null : members.reference(memberId).orElse(null);
            if (ref == null || !ref.path().startsWith(c.orgPath)) {
                throw AffairsText.TEXT.invalid("memberId", "member.notIn", memberId, scope.name(c.organizationId));
            }
            if (!em.createQuery("SELECT r.id FROM RatingEntity r WHERE r.campaignId = :c AND r.memberId = :m", Long.class)
                    .setParameter("c", campaignId).setParameter("m", memberId).getResultList().isEmpty()) {
                throw AffairsText.TEXT.conflict("campaign.member.listed", ref.name());
            }
            RatingEntity line = line(em, c, memberId);
            em.flush();
            audit.record("ADD_MEMBER", TYPE, campaignId, ref.name(), List.of());
            return toLine(line);
        }));
    }

    /**
     * Enters ratings, all or nothing: each draft names a listed member not rated yet and gives a rating (with a
     * follow-up for 不合格) or the reason the member is excused. Refusals name the draft's index.
     */
    public List<RatingLine> rate(long campaignId, List<RatingDraft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_BATCH) {
            throw AffairsText.TEXT.invalid("ratings", "rating.batch", MAX_BATCH);
        }
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = open(em, campaignId);
            Map<Long, RatingEntity> lines = new HashMap<>();
            em.createQuery("SELECT r FROM RatingEntity r WHERE r.campaignId = :c", RatingEntity.class)
                    .setParameter("c", campaignId).getResultList().forEach(r -> lines.put(r.memberId, r));
            ValidationException.Builder errors = ValidationException.builder();
            Map<Long, Integer> seen = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                String at = drafts.size() == 1 ? "" : "[" + i + "].";
                RatingRules.check(drafts.get(i), at, lines, seen, i).forEach(e -> errors.add(e.field(), e.reason()));
            }
            errors.throwIfAny();
            LocalDateTime now = UtcTimes.now();
            List<RatingLine> result = new ArrayList<>();
            for (RatingDraft d : drafts) {
                RatingEntity line = lines.get(d.memberId());
                RatingRules.apply(line, d, actor, now);
                result.add(toLine(line));
            }
            em.flush();
            audit.record("RATE", TYPE, campaignId, drafts.size() + " ratings", List.of());
            return result;
        }));
    }

    /**
     * Ratings from a spreadsheet, all rows or none: each row is checked like a rating of the REST API and every
     * refusal is a row error (Excel's row number, the column, the reason); rows that repeat what is stored already
     * (an export sent back) and rows with neither a rating nor an excuse are left alone.
     */
    public int importRows(long campaignId, List<RatingDraft> drafts, List<Integer> rows, Map<String, String> columns,
                          org.grassroots.core.api.io.RowReader reader) {
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = open(em, campaignId);
            Map<Long, RatingEntity> lines = new HashMap<>();
            em.createQuery("SELECT r FROM RatingEntity r WHERE r.campaignId = :c", RatingEntity.class)
                    .setParameter("c", campaignId).getResultList().forEach(r -> lines.put(r.memberId, r));
            Map<Long, Integer> seen = new HashMap<>();
            List<RatingDraft> taken = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                RatingDraft d = drafts.get(i);
                RatingEntity line = d.memberId() == null ? null : lines.get(d.memberId());
                boolean nothing = d.rating() == null && (d.excused() == null || d.excused().isBlank());
                boolean same = line != null && line.rating == d.rating() && java.util.Objects.equals(line.excused, Meetings.trim(d.excused()));
                if (d.memberId() == null || nothing || (same && (line.rating != null || line.excused != null))) {
                    continue;
                }
                var row = new org.grassroots.core.api.io.SheetRow(rows.get(i), Map.of());
                // core's row errors are Chinese (the sheet's headers are)
                for (RatingRules.Refusal e : RatingRules.check(d, "", lines, seen, rows.get(i))) {
                    reader.reject(row, columns.getOrDefault(e.field(), e.field()), e.reason().chinese());
                }
                taken.add(d);
            }
            reader.throwIfRejected();
            LocalDateTime now = UtcTimes.now();
            for (RatingDraft d : taken) {
                RatingRules.apply(lines.get(d.memberId()), d, actor, now);
            }
            em.flush();
            audit.record("RATE_IMPORT", TYPE, campaignId, taken.size() + " ratings from a spreadsheet", List.of());
            return taken.size();
        }));
    }

    public Campaign close(long campaignId, long version) {
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = open(em, campaignId);
            if (c.version != version) {
                throw ConflictException.stale(TYPE, campaignId, version, c.version);
            }
            long unrated = em.createQuery("SELECT COUNT(r) FROM RatingEntity r WHERE r.campaignId = :c AND r.rating IS NULL "
                    + "AND r.excused IS NULL", Long.class).setParameter("c", campaignId).getSingleResult();
            if (unrated > 0) {
                throw AffairsText.TEXT.conflict("campaign.unrated", unrated);
            }
            c.status = CampaignStatus.CLOSED;
            c.closedBy = actor;
            c.closedAt = UtcTimes.now();
            em.flush();
            audit.record("CLOSE", TYPE, campaignId, scope.name(c.organizationId) + " " + c.year,
                    List.of(new FieldChange("status", CampaignStatus.OPEN.name(), c.status.name())));
            return toRecord(em, c);
        }));
    }

    public Campaign get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public List<RatingLine> lines(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT r FROM RatingEntity r WHERE r.campaignId = :c ORDER BY r.id", RatingEntity.class)
                    .setParameter("c", id).getResultList().stream().map(this::toLine).toList();
        });
    }

    public Page<Campaign> search(Long unitId, Integer year, CampaignStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE c.orgPath LIKE :path" + (year == null ? "" : " AND c.year = :year")
                + (status == null ? "" : " AND c.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT c FROM CampaignEntity c" + where + " ORDER BY c.year DESC, c.id", CampaignEntity.class);
            var count = em.createQuery("SELECT COUNT(c) FROM CampaignEntity c" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Campaign> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(c -> toRecord(em, c)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The members of the organization itself (those of organizations below it are evaluated there). */
    private List<Long> roster(Organization org) {
        List<Long> ids = new ArrayList<>();
        members.forEach(MemberQuery.inSubtree(org.id()), m -> {
            if (m.organizationId() == org.id()) {
                ids.add(m.id());
            }
        });
        return ids;
    }

    static RatingEntity line(EntityManager em, CampaignEntity c, long memberId) {
        RatingEntity r = new RatingEntity();
        r.campaignId = c.id;
        r.memberId = memberId;
        r.orgPath = c.orgPath;
        r.year = c.year;
        em.persist(r);
        return r;
    }

    private CampaignEntity visible(EntityManager em, long id) {
        CampaignEntity c = em.find(CampaignEntity.class, id);
        if (c == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(c.orgPath, TYPE, id);
        return c;
    }

    private CampaignEntity open(EntityManager em, long id) {
        CampaignEntity c = visible(em, id);
        scope.requireEnabled(c.organizationId);
        if (c.status != CampaignStatus.OPEN) {
            throw AffairsText.TEXT.conflict("campaign.closed", id, c.status);
        }
        return c;
    }

    private Campaign toRecord(EntityManager em, CampaignEntity c) {
        Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
        int total = 0;
        int excused = 0;
        int unrated = 0;
        for (Object[] row : em.createQuery("SELECT r.rating, COUNT(r), COUNT(r.excused) FROM RatingEntity r WHERE r.campaignId = :c "
                + "GROUP BY r.rating", Object[].class).setParameter("c", c.id).getResultList()) {
            int n = ((Number) row[1]).intValue();
            int ex = ((Number) row[2]).intValue();
            total += n;
            if (row[0] != null) {
                byRating.put((Rating) row[0], n);
            } else {
                excused += ex;
                unrated += n - ex;
            }
        }
        int rated = byRating.values().stream().mapToInt(Integer::intValue).sum();
        return new Campaign(c.id, c.organizationId, scope.name(c.organizationId), c.year, c.status, total, rated, excused,
                unrated, byRating, c.openedBy, UtcTimes.instant(c.openedAt), c.closedBy, UtcTimes.instant(c.closedAt), c.version);
    }

    private RatingLine toLine(RatingEntity r) {
        String name = members.reference(r.memberId).map(MemberReference::name).orElse(null);
        return new RatingLine(r.id, r.memberId, name, r.rating, r.note, r.followUp, r.excused, r.ratedBy,
                UtcTimes.instant(r.ratedAt), r.version);
    }
}
