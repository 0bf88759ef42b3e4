package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enterprises of the grids (core units of type ENTERPRISE) and how a Party organization covers each: its own
 * branch, a joint branch (e.g. the grid's), or none. One record per enterprise, keyed by the core unit id.
 */
@Component(service = Enterprises.class)
public class Enterprises {
    static final String TYPE = "industrial.enterprise";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final OrganizationService organizations;
    /** Contact phones are personal data: encrypted at rest, masked in lists and exports, audited full reads. */
    private final PersonalDataProtection personalData;

    @Activate
    public Enterprises(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                       @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                       @Reference OrganizationService organizations, @Reference PersonalDataProtection personalData) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.organizations = organizations;
        this.personalData = personalData;
        encryptPlainContactPhones();
    }

    /**
     * Contact phones stored before they were encrypted (schema v2) are encrypted once, at the first start with this
     * version; idempotent, as it only touches values without the ciphertext marker.
     */
    private void encryptPlainContactPhones() {
        int encrypted = jpa.txExpr(TransactionType.Required, em -> {
            List<EnterpriseEntity> plain = em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.contactPhone IS NOT NULL "
                    + "AND e.contactPhone NOT LIKE 'v1:%'", EnterpriseEntity.class).getResultList();
            plain.forEach(e -> e.contactPhone = personalData.encrypt(e.contactPhone));
            return plain.size();
        });
        if (encrypted > 0) {
            org.slf4j.LoggerFactory.getLogger(Enterprises.class).info("Encrypted {} enterprise contact phone(s) stored "
                    + "before encryption at rest", encrypted);
        }
    }

    /** A checked change, ready to write: the enterprise, its grid and the covering organization. */
    record Change(Organization enterprise, Organization grid, Coverage coverage, Long coveringOrgId, String contactName,
                  String contactPhone) {
    }

    /**
     * Checks a draft for the enterprise {@code enterpriseId}; problems go to {@code errors} with {@code prefix}
     * before the field name (row and column for imports).
     */
    Change check(Organization enterprise, EnterpriseDraft draft, String prefix, ValidationException.Builder errors) {
        if (enterprise.unitType() != UnitType.ENTERPRISE) {
            errors.add(prefix + "enterpriseId", IndustrialMessages.TEXT.message("unit.notEnterprise", enterprise.name(), enterprise.unitType()));
        }
        Organization grid;
        if (draft.gridId() == null) {
            grid = scope.nearest(enterprise, UnitType.GRID).orElse(null);
            if (grid == null) {
                errors.add(prefix + "gridId", IndustrialMessages.TEXT.message("enterprise.noGrid"));
            }
        } else {
            grid = scope.referencedUnit(draft.gridId(), prefix + "gridId", errors);
            if (grid != null && (grid.unitType() != UnitType.GRID || !enterprise.path().startsWith(grid.path()))) {
                errors.add(prefix + "gridId", IndustrialMessages.TEXT.message("enterprise.wrongGrid"));
            }
        }
        Long covering = draft.coveringOrganizationId();
        if (draft.coverage() == null) {
            errors.add(prefix + "coverage", IndustrialMessages.TEXT.message("enterprise.coverage.required"));
        } else if (draft.coverage() == Coverage.NONE) {
            if (covering != null) {
                errors.add(prefix + "coveringOrganizationId", IndustrialMessages.TEXT.message("enterprise.covering.notCovered"));
            }
        } else {
            if (covering == null && draft.coverage() == Coverage.OWN_BRANCH) {
                covering = enterprise.id();
            }
            Organization org = scope.referencedUnit(covering, prefix + "coveringOrganizationId", errors);
            if (org != null && !org.partyOrgType().isPartyOrganization()) {
                errors.add(prefix + "coveringOrganizationId", IndustrialMessages.TEXT.message("enterprise.covering.noParty", org.name()));
            }
        }
        if (draft.contactName() != null && draft.contactName().length() > 100) {
            errors.add(prefix + "contactName", IndustrialMessages.TEXT.message("tooLong", 100));
        }
        // a masked value (as lists and exports show it) sent back means "unchanged"
        if (draft.contactPhone() != null && !draft.contactPhone().isBlank() && !PersonalDataProtection.isMasked(draft.contactPhone())
                && !draft.contactPhone().trim().matches("[0-9+\\- ]{5,30}")) {
            errors.add(prefix + "contactPhone", IndustrialMessages.TEXT.message("phone"));
        }
        return new Change(enterprise, grid, draft.coverage(), covering, TextFields.trimmed(draft.contactName()),
                TextFields.trimmed(draft.contactPhone()));
    }

    /** Records or changes the coverage of an enterprise; {@code version} is required when a record exists. */
    public Enterprise save(long enterpriseId, Long version, EnterpriseDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{gridId, coverage, coveringOrganizationId, contactName, contactPhone}");
        }
        Organization enterprise = scope.enabledUnit(enterpriseId, "enterpriseId");
        ValidationException.Builder errors = ValidationException.builder();
        Change change = check(enterprise, draft, "", errors);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity existing = byEnterprise(em, enterpriseId);
            if (existing != null && version == null) {
                throw IndustrialMessages.TEXT.conflict("enterprise.exists", enterprise.name());
            }
            if (existing != null && existing.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, enterpriseId, version, existing.version);
            }
            String before = existing == null ? null : existing.coverage.name();
            EnterpriseEntity saved = saveIn(em, existing, change, actor);
            audit.record(existing == null ? "CREATE" : "UPDATE", TYPE, enterpriseId, enterprise.name() + ": " + change.coverage().label(),
                    List.of(new FieldChange("coverage", before, change.coverage().name())));
            return toRecord(saved, true);
        });
    }

    EnterpriseEntity saveIn(EntityManager em, EnterpriseEntity existing, Change change, String actor) {
        EnterpriseEntity entity = existing == null ? new EnterpriseEntity() : existing;
        entity.enterpriseId = change.enterprise().id();
        entity.gridId = change.grid().id();
        entity.orgPath = change.enterprise().path();
        entity.coverage = change.coverage();
        entity.coveringOrgId = change.coveringOrgId();
        entity.contactName = change.contactName();
        if (!PersonalDataProtection.isMasked(change.contactPhone()) || existing == null) {
            entity.contactPhone = PersonalDataProtection.isMasked(change.contactPhone()) ? null
                    : personalData.encrypt(change.contactPhone());
        }
        entity.updatedAt = UtcTimes.now();
        entity.updatedBy = actor;
        if (existing == null) {
            em.persist(entity);
        }
        em.flush();
        return entity;
    }

    EnterpriseEntity byEnterprise(EntityManager em, long enterpriseId) {
        return em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.enterpriseId = :id", EnterpriseEntity.class)
                .setParameter("id", enterpriseId).getResultList().stream().findFirst().orElse(null);
    }

    public Enterprise get(long enterpriseId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            EnterpriseEntity entity = byEnterprise(em, enterpriseId);
            if (entity == null) {
                throw IndustrialMessages.TEXT.notFound(TYPE, enterpriseId);
            }
            IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, TYPE, enterpriseId);
            return toRecord(entity, true);
        });
    }

    public Page<Enterprise> search(Long unitId, Coverage coverage, Long gridId, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE e.orgPath LIKE :path" + (coverage == null ? "" : " AND e.coverage = :coverage")
                + (gridId == null ? "" : " AND e.gridId = :grid");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<EnterpriseEntity> select = em.createQuery("SELECT e FROM EnterpriseEntity e" + where
                    + " ORDER BY e.gridId, e.enterpriseId", EnterpriseEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EnterpriseEntity e" + where, Long.class);
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("path", unit.path() + "%");
            if (coverage != null) {
                parameters.put("coverage", coverage);
            }
            if (gridId != null) {
                parameters.put("grid", gridId);
            }
            parameters.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Enterprise> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(e -> toRecord(e, false)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** One record ({@code single}: the phone in full for those entitled, audited) or a list row (masked). */
    /** A stored contact phone, masked: for lists and exports. */
    String maskedPhone(String stored) {
        return personalData.maskedPhone(stored);
    }

    Enterprise toRecord(EnterpriseEntity e, boolean single) {
        Organization unit = organizations.find(e.enterpriseId).orElse(null);
        return new Enterprise(e.id, e.enterpriseId, unit == null ? scope.name(e.enterpriseId) : unit.name(),
                unit == null ? null : unit.code(), e.gridId, scope.name(e.gridId), e.coverage, e.coveringOrgId,
                scope.name(e.coveringOrgId), e.contactName,
                single ? personalData.revealPhone(e.contactPhone, TYPE, e.enterpriseId) : personalData.maskedPhone(e.contactPhone),
                UtcTimes.instant(e.updatedAt), e.updatedBy,
                e.version);
    }
}
