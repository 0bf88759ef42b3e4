package org.grassroots.core.internal.imports;

import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.internal.Scopes;

/** The units a file's rows may refer to: the caller's scope subtree, by code, read once per import. */
final class ImportableUnits {
    record Unit(long id, UnitType unitType, boolean hostsPartyOrganization) {
    }

    private ImportableUnits() {
    }

    static Map<String, Unit> byCode(JpaTemplate jpa) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Unit> byCode = new HashMap<>();
            String scope = Scopes.prefix(em);
            for (Object[] row : em.createQuery("SELECT o.code, o.id, o.unitType, o.partyOrgType FROM OrganizationEntity o"
                    + " WHERE o.path LIKE :scope", Object[].class)
                    .setParameter("scope", scope == null ? "%" : scope + "%").getResultList()) {
                byCode.put((String) row[0], new Unit((Long) row[1], (UnitType) row[2],
                        ((PartyOrgType) row[3]).isPartyOrganization()));
            }
            return byCode;
        });
    }
}
