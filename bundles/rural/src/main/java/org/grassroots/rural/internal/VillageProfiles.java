package org.grassroots.rural.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.rural.internal.match.Geo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A village's location and main industry, which the recommender weighs against enterprises. */
@Component(service = VillageProfiles.class)
public class VillageProfiles {
    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;

    @Activate
    public VillageProfiles(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                           @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
    }

    /** Creates (expected version 0) or changes the profile of a village in the caller's subtree (404) where the module is enabled (403). */
    public VillageProfile saveProfile(long villageId, long expectedVersion, VillageProfileDraft draft, String actor) {
        villages.enabledVillage(villageId);
        villages.requireVillage(villageId, "villageId");
        if (draft == null || !Geo.valid(draft.latitude(), draft.longitude())) {
            throw RuralMessages.TEXT.invalid("latitude", "location");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VillageProfileEntity p = em.find(VillageProfileEntity.class, villageId);
            long actual = p == null ? 0 : p.version;
            if (actual != expectedVersion) {
                throw RuralMessages.TEXT.stale("village profile", villageId, expectedVersion, actual);
            }
            if (p == null) {
                p = new VillageProfileEntity();
                p.villageId = villageId;
                p.orgPath = villages.path(villageId);
                p.version = 1;
                em.persist(p);
            }
            p.latitude = draft.latitude();
            p.longitude = draft.longitude();
            p.mainIndustry = draft.mainIndustry();
            audit.record("UPDATE", "village profile", villageId, p.latitude + "," + p.longitude);
            em.flush();
            return new VillageProfile(p.villageId, p.latitude, p.longitude, p.mainIndustry, p.version);
        });
    }

    public VillageProfile profile(long villageId) {
        villages.enabledVillage(villageId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            VillageProfileEntity p = em.find(VillageProfileEntity.class, villageId);
            if (p == null) {
                throw RuralMessages.TEXT.notFound("village profile", villageId);
            }
            return new VillageProfile(p.villageId, p.latitude, p.longitude, p.mainIndustry, p.version);
        });
    }
}
