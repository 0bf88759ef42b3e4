package org.grassroots.core.internal.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.OrganizationEntity;

/** What notices and collection tasks share: the issuing unit, the units below it they address, unit names. */
final class Addressees {
    static final int MAX_UNITS = 2000;

    private Addressees() {
    }

    /** The issuing unit, which must exist and be in the caller's scope (422 on {@code organizationId} otherwise). */
    static OrganizationEntity issuer(EntityManager em, Long organizationId) {
        OrganizationEntity unit = organizationId == null ? null : em.find(OrganizationEntity.class, organizationId);
        if (unit == null || !Scopes.visible(em, unit)) {
            throw ValidationException.of("organizationId", organizationId == null ? NotifyMessages.message("issuer.required")
                    : NotifyMessages.message("issuer.unknown", organizationId));
        }
        return unit;
    }

    /** The addressed units: {@code unitIds}, each strictly below the issuer, or else the issuer's direct children. */
    static List<OrganizationEntity> targets(EntityManager em, OrganizationEntity issuer, List<Long> unitIds) {
        List<OrganizationEntity> targets = new ArrayList<>();
        if (unitIds == null || unitIds.isEmpty()) {
            targets.addAll(em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.parentId = :p ORDER BY o.code",
                    OrganizationEntity.class).setParameter("p", issuer.getId()).setMaxResults(MAX_UNITS + 1).getResultList());
            if (targets.isEmpty()) {
                throw ValidationException.of("unitIds", NotifyMessages.message("units.noneBelow"));
            }
        } else {
            ValidationException.Builder errors = ValidationException.builder();
            int i = 0;
            for (Long id : new LinkedHashSet<>(unitIds)) {
                OrganizationEntity unit = id == null ? null : em.find(OrganizationEntity.class, id);
                if (unit == null || unit.getId().equals(issuer.getId()) || !unit.getPath().startsWith(issuer.getPath())) {
                    errors.add("unitIds[" + i + "]", NotifyMessages.message("units.notBelow", id));
                } else {
                    targets.add(unit);
                }
                i++;
            }
            errors.throwIfAny();
        }
        if (targets.size() > MAX_UNITS) {
            throw ValidationException.of("unitIds", NotifyMessages.message("units.tooMany", MAX_UNITS));
        }
        return targets;
    }

    /** A unit signs or submits through an account scoped at that very unit. */
    static void requireOwnUnit(Caller caller, long unitId) {
        if (caller.organizationId() == null || caller.organizationId() != unitId) {
            throw new ForbiddenException(NotifyMessages.message("unit.ownOnly", unitId));
        }
    }

    /** JPQL: the record (alias {@code x}, with {@code orgPath}) is issued in scope or addresses a unit in scope. */
    static String visible(String receiptEntity) {
        return "(x.orgPath LIKE :path OR EXISTS (SELECT r FROM " + receiptEntity
                + " r WHERE r.parentId = x.id AND r.unitPath LIKE :path))";
    }

    /** Units by id, for codes and names in views. */
    static Map<Long, OrganizationEntity> units(EntityManager em, List<Long> ids) {
        Map<Long, OrganizationEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.id IN :ids", OrganizationEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(o -> byId.put(o.getId(), o));
        }
        return byId;
    }

    static String name(EntityManager em, long unitId) {
        OrganizationEntity unit = em.find(OrganizationEntity.class, unitId);
        return unit == null ? null : unit.getName();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static void text(String value, String field, int max, boolean required, ValidationException.Builder errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, NotifyMessages.message("required"));
            }
        } else if (value.trim().length() > max) {
            errors.add(field, NotifyMessages.message("tooLong", max));
        }
    }
}
