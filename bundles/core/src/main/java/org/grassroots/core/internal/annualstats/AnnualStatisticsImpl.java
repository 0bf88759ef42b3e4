package org.grassroots.core.internal.annualstats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.annualstats.AnnualReport;
import org.grassroots.core.api.annualstats.AnnualStatistics;
import org.grassroots.core.api.annualstats.AnnualTables;
import org.grassroots.core.api.annualstats.MemberChange;
import org.grassroots.core.api.annualstats.MemberChangeContributor;
import org.grassroots.core.api.annualstats.ReportAction;
import org.grassroots.core.api.annualstats.StatTable;
import org.grassroots.core.api.annualstats.UnitsBelow;
import org.grassroots.core.api.annualstats.UnitsBelow.UnitReport;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The annual statistics of a subtree and the reporting workflow. Reading needs the statistics permission; preparing
 * and submitting need the permission to hand in for a unit ({@code core.collection.submit}); accepting and
 * returning the permission to ask the units below ({@code core.collection.issue}) with the unit's parent in scope,
 * so a unit never decides on its own report. A step, its event row, the audit line and the notification commit
 * together.
 */
@Component(service = AnnualStatistics.class)
public class AnnualStatisticsImpl implements AnnualStatistics {
    static final String TYPE = "core.annual-report";
    static final int FIRST_YEAR = 1921;
    /** The figures column's size: larger figures are stored without the free-text post table. */
    static final int FIGURES_MAX = 32000;
    private static final Logger LOG = LoggerFactory.getLogger(AnnualStatisticsImpl.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final Authorization authorization;
    private final Notifier notifier;
    private final List<Contributor> contributors = new CopyOnWriteArrayList<>();

    record Contributor(String module, MemberChangeContributor service) {
    }

    @Activate
    public AnnualStatisticsImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                                @Reference AnnualStatsSchema schema, @Reference Authorization authorization,
                                @Reference Notifications notifications, @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
        this.authorization = authorization;
        this.notifier = new Notifier(notifications);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(MemberChangeContributor service, Map<String, Object> properties) {
        Object module = properties.get(ModuleRegistry.MODULE_PROPERTY);
        contributors.add(new Contributor(module == null ? "?" : module.toString(), service));
    }

    void removeContributor(MemberChangeContributor service) {
        contributors.removeIf(c -> c.service() == service);
    }

    @Override
    public AnnualTables tables(long unitId, int year) {
        authorization.require(CorePermissions.STATISTICS_READ);
        requireYear(year);
        return jpa.txExpr(TransactionType.Supports, em -> compute(em, visibleUnit(em, unitId), year));
    }

    @Override
    public void exportXlsx(long unitId, int year, Locale locale, OutputStream out) throws IOException {
        AnnualWorkbook.write(tables(unitId, year), Languages.isEnglish(locale), out);
    }

    @Override
    public AnnualReport report(long unitId, int year) {
        authorization.require(CorePermissions.STATISTICS_READ);
        requireYear(year);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, visibleUnit(em, unitId), year));
    }

    @Override
    public AnnualReport prepare(long unitId, int year, long version) {
        return step(unitId, year, version, ReportAction.PREPARE, null);
    }

    @Override
    public AnnualReport submit(long unitId, int year, long version) {
        return step(unitId, year, version, ReportAction.SUBMIT, null);
    }

    @Override
    public AnnualReport accept(long unitId, int year, long version) {
        return step(unitId, year, version, ReportAction.ACCEPT, null);
    }

    @Override
    public AnnualReport returnReport(long unitId, int year, long version, String reason) {
        return step(unitId, year, version, ReportAction.RETURN, reason);
    }

    @Override
    public UnitsBelow below(long unitId, int year) {
        authorization.require(CorePermissions.STATISTICS_READ);
        requireYear(year);
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrganizationEntity unit = visibleUnit(em, unitId);
            List<UnitReport> units = new ReportLedger(Sql.of(em)).below(unitId, year);
            int missing = (int) units.stream().filter(UnitReport::missing).count();
            int accepted = (int) units.stream().filter(u -> u.status() == org.grassroots.core.api.annualstats.ReportStatus.ACCEPTED).count();
            return new UnitsBelow(unitId, unit.getName(), year, units.size(), units.size() - missing, accepted, missing, units);
        });
    }

    private AnnualReport step(long unitId, int year, long version, ReportAction action, String reason) {
        boolean deciding = action == ReportAction.ACCEPT || action == ReportAction.RETURN;
        authorization.require(deciding ? CorePermissions.COLLECTION_ISSUE : CorePermissions.COLLECTION_SUBMIT);
        requireYear(year);
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            // a unit outside the scope is not found before anything about the request is judged
            OrganizationEntity unit = visibleUnit(em, unitId);
            ValidationException.Builder errors = ValidationException.builder();
            String why = action == ReportAction.RETURN ? errors.note("reason", reason, 500, true) : null;
            errors.throwIfAny();
            OrganizationEntity parent = unit.getParentId() == null ? null : em.find(OrganizationEntity.class, unit.getParentId());
            if (deciding && (parent == null || !Scopes.visible(em, parent))) {
                throw new ForbiddenException(AnnualStatsText.TEXT.message("report.levelAbove", unit.getName()));
            }
            if (action == ReportAction.SUBMIT && parent == null) {
                throw AnnualStatsText.TEXT.conflict("report.noLevelAbove", unit.getName());
            }
            long members = 0;
            String figures = null;
            if (action == ReportAction.PREPARE) {
                AnnualTables tables = compute(em, unit, year);
                members = tables.members();
                figures = figures(tables);
            }
            Sql sql = Sql.of(em);
            new ReportLedger(sql).step(unitId, year, version, unit.getPath(), unit.getParentId(), action, actor, UtcTimes.nowInstant(),
                    why, members, figures);
            generations.audit(em, action.name(), TYPE, unitId, year + " " + unit.getCode() + " " + action.name()
                    + (why == null ? "" : ": " + why));
            notifier.notify(action, unit, parent, year, why);
            return view(em, unit, year);
        });
    }

    private AnnualTables compute(EntityManager em, OrganizationEntity unit, int year) {
        Sql sql = Sql.of(em);
        BreakdownQueries breakdowns = new BreakdownQueries(sql, unit.getPath(), year);
        List<StatTable> tables = new ArrayList<>(breakdowns.memberTables());
        tables.addAll(breakdowns.organizationTables());
        List<MemberChange> changes = new ArrayList<>(new ChangeQueries(sql, unit.getPath(), year).coreChanges());
        List<String> included = new ArrayList<>();
        for (Contributor contributor : contributors) {
            try {
                changes.addAll(contributor.service().changes(unit.getPath(), year));
                included.add(contributor.module());
            } catch (RuntimeException e) {
                // a module's failure leaves its lines out (named by `contributors`), never the whole tables
                LOG.warn("Module {} could not count the member changes of {} in {}", contributor.module(), unit.getCode(), year, e);
            }
        }
        tables.addAll(ChangeQueries.tables(changes));
        return new AnnualTables(unit.getId(), unit.getName(), year, LocalDate.of(year, 12, 31), breakdowns.memberTotal(),
                breakdowns.partyOrganizationTotal(), tables, included);
    }

    private AnnualReport view(EntityManager em, OrganizationEntity unit, int year) {
        ReportLedger ledger = new ReportLedger(Sql.of(em));
        ReportRow row = ledger.find(unit.getId(), year).orElse(ReportRow.none(unit.getId(), year, unit.getParentId()));
        OrganizationEntity parent = unit.getParentId() == null ? null : em.find(OrganizationEntity.class, unit.getParentId());
        boolean parentVisible = parent != null && Scopes.visible(em, parent);
        List<ReportAction> allowed = row.status().allowed().stream().filter(a -> switch (a) {
            case PREPARE -> authorization.hasPermission(CorePermissions.COLLECTION_SUBMIT);
            case SUBMIT -> parent != null && authorization.hasPermission(CorePermissions.COLLECTION_SUBMIT);
            case ACCEPT, RETURN -> parentVisible && authorization.hasPermission(CorePermissions.COLLECTION_ISSUE);
        }).toList();
        return new AnnualReport(unit.getId(), unit.getName(), unit.getParentId(), parentVisible ? parent.getName() : null,
                year, row.status(), row.members(), allowed, row.preparedBy(), row.preparedAt(), row.submittedBy(),
                row.submittedAt(), row.decidedBy(), row.decidedAt(), row.returnReason(), row.version(),
                ledger.history(unit.getId(), year));
    }

    private static OrganizationEntity visibleUnit(EntityManager em, long unitId) {
        OrganizationEntity unit = em.find(OrganizationEntity.class, unitId);
        if (unit == null || !Scopes.visible(em, unit)) {
            throw CoreMessages.notFound("organization", unitId);
        }
        return unit;
    }

    static void requireYear(int year) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.whole("year", year, FIRST_YEAR, LocalDate.now().getYear(), true);
        errors.throwIfAny();
    }

    /** Table id → key → count, as prepared; the post table is left out when the whole would not fit the column. */
    static String figures(AnnualTables tables) {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (StatTable table : tables.tables()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            table.rows().forEach(r -> rows.put(r.key(), r.count()));
            all.put(table.id(), rows);
        }
        try {
            String json = JSON.writeValueAsString(all);
            if (json.length() > FIGURES_MAX) {
                all.remove("members.post");
                json = JSON.writeValueAsString(all);
            }
            return json.length() > FIGURES_MAX ? null : json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
