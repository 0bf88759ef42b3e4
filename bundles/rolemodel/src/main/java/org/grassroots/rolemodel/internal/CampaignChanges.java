package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
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
 * Changing a campaign after it is published: its submission window and its quotas. The nominations already made
 * stay valid, so the window cannot open after the first of them was made, and no quota can fall below the live
 * (pending or awarded) nominations it already holds. Only the organizer's level (or a level above it) changes it.
 */
@Component(service = CampaignChanges.class)
public class CampaignChanges {
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Campaigns campaigns;

    @Activate
    public CampaignChanges(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                           @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference AuditLog audit, @Reference Campaigns campaigns) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.campaigns = campaigns;
    }

    public AwardCampaign change(long id, long version, CampaignChange draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate opens = errors.date("opensOn", draft.opensOn(), Inputs.EARLIEST, Inputs.latestPlanned(), true);
        LocalDate closes = errors.date("closesOn", draft.closesOn(), Inputs.EARLIEST, Inputs.latestPlanned(), true);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", RoleModelText.TEXT.message("campaign.closesBeforeOpens", opens));
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = campaigns.visible(em, id);
            String mine = scope.scopePath();
            if (mine != null && !c.orgPath.startsWith(mine)) {
                throw RoleModelText.TEXT.conflict("campaign.notOrganizer", scope.name(c.organizationId));
            }
            scope.requireEnabled(c.organizationId);
            if (c.version != version) {
                throw RoleModelText.TEXT.stale(Campaigns.TYPE, id, version, c.version);
            }
            LocalDateTime first = em.createQuery("SELECT MIN(n.createdAt) FROM NominationEntity n WHERE n.campaignId = :id",
                    LocalDateTime.class).setParameter("id", id).getSingleResult();
            if (opens != null && first != null && opens.isAfter(first.toLocalDate())) {
                errors.add("opensOn", RoleModelText.TEXT.message("campaign.opensAfterNominations", first.toLocalDate()));
            }
            List<QuotaDraft> quotas = draft.quotas();
            List<Organization> units = quotas == null ? List.of()
                    : campaigns.quotaUnits(errors, quotas, new LinkedHashSet<>(Campaigns.categories(c)),
                    scope.unit(c.organizationId, "organizationId"));
            for (int i = 0; quotas != null && i < quotas.size(); i++) {
                QuotaDraft q = quotas.get(i);
                Organization unit = units.get(i);
                if (q != null && unit != null && q.category() != null && q.quota() != null) {
                    long used = Campaigns.used(em, id, q.category(), unit.path(), null);
                    if (q.quota() < used) {
                        errors.add("quotas[" + i + "].quota", RoleModelText.TEXT.message("campaign.quotaBelowUsed", unit.name(),
                                q.category(), used));
                    }
                }
            }
            errors.throwIfAny();
            String window = c.opensOn + "/" + c.closesOn;
            boolean windowChanged = !opens.equals(c.opensOn) || !closes.equals(c.closesOn);
            String before = quotaSummary(em, id);
            c.opensOn = opens;
            c.closesOn = closes;
            if (quotas != null) {
                em.createQuery("DELETE FROM QuotaEntity q WHERE q.campaignId = :id").setParameter("id", id).executeUpdate();
                Campaigns.persistQuotas(em, id, quotas, units);
            }
            em.flush();
            if (!windowChanged) {
                // the quotas live in their own table: move the campaign's version anyway, so that a reader holding
                // the old quotas is told (a new window moved it already)
                em.createQuery("UPDATE CampaignEntity c SET c.version = c.version + 1 WHERE c.id = :id").setParameter("id", id)
                        .executeUpdate();
                em.refresh(c);
            }
            audit.record("UPDATE", Campaigns.TYPE, c.id, c.name, List.of(new FieldChange("window", window, opens + "/" + closes),
                    new FieldChange("quotas", before, quotaSummary(em, id))));
            return campaigns.toRecord(em, c);
        });
    }

    private static String quotaSummary(EntityManager em, long id) {
        Set<String> parts = em.createQuery("SELECT q FROM QuotaEntity q WHERE q.campaignId = :id ORDER BY q.category, q.orgPath",
                QuotaEntity.class).setParameter("id", id).getResultList().stream()
                .map(q -> q.category + "@" + q.organizationId + "=" + q.quota).collect(Collectors.toCollection(LinkedHashSet::new));
        return String.join(", ", parts);
    }
}
