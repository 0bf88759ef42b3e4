package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.dues.internal.UnitStatement.Line;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly statements of an organization (its subtree): the year's figures (as the module's panel computes them) and
 * the ledger of every member with dues in the year, one grouped read of the year's dues and one of the extras.
 * A member's own statement is {@link Arrears#statement}.
 */
@Component(service = Statements.class)
public class Statements {
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final DuesStatistics statistics;

    @Activate
    public Statements(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                      @Reference ModuleScopes scopes, @Reference DuesStatistics statistics) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.statistics = statistics;
    }

    /** The organization's statement of the year (404 outside the caller's scope, 403 where the module is off). */
    public UnitStatement ofUnit(long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unitId");
        Dashboard figures = statistics.dashboard(unit, year, null);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Object[]> extras = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT e.memberId, SUM(e.amount) FROM ExtraEntity e WHERE e.orgPath LIKE :path "
                            + "AND e.paidOn >= :first AND e.paidOn < :after GROUP BY e.memberId", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("first", LocalDate.of(year, 1, 1))
                    .setParameter("after", LocalDate.of(year + 1, 1, 1)).getResultList()) {
                extras.put(((Number) r[0]).longValue(), r);
            }
            Map<Long, Builder> lines = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("SELECT d.memberId, d.memberName, d.organizationId, d.period, d.status, d.amountDue, "
                            + "d.paidAmount, d.backPayment FROM DueEntity d WHERE d.orgPath LIKE :path AND d.period >= :from "
                            + "AND d.period <= :to ORDER BY d.memberName, d.memberId, d.period", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("from", year * 100 + 1)
                    .setParameter("to", year * 100 + 12).getResultList()) {
                long memberId = ((Number) r[0]).longValue();
                Builder line = lines.computeIfAbsent(memberId, k -> new Builder(memberId, (String) r[1], ((Number) r[2]).longValue()));
                DueStatus status = (DueStatus) r[4];
                line.marks[((Number) r[3]).intValue() % 100 - 1] = StatementMark.of(status, ((Number) r[7]).intValue() == 1);
                if (status != DueStatus.EXEMPT) {
                    line.due = line.due.add(DueLedger.money(r[5]));
                }
                line.paid = line.paid.add(DueLedger.money(r[6]));
            }
            List<Line> members = new ArrayList<>(lines.size());
            for (Builder b : lines.values()) {
                Object[] extra = extras.get(b.memberId);
                members.add(new Line(b.memberId, b.name, b.organizationId, scope.name(b.organizationId), Arrays.asList(b.marks),
                        b.due, b.paid, DueLedger.money(extra == null ? null : extra[1])));
            }
            return new UnitStatement(unit.id(), unit.name(), year, figures.total(), figures.months(), members);
        });
    }

    /** A member's line while the year's dues are read. */
    private static final class Builder {
        final long memberId;
        final String name;
        final long organizationId;
        final StatementMark[] marks = new StatementMark[12];
        BigDecimal due = DueLedger.money(null);
        BigDecimal paid = DueLedger.money(null);

        Builder(long memberId, String name, long organizationId) {
            this.memberId = memberId;
            this.name = name;
            this.organizationId = organizationId;
        }
    }
}
