package org.grassroots.rolemodel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists people keep in spreadsheets, as XLSX or CSV through core's spreadsheet service: the role models of a
 * subtree and year (名单: stage, tier, recommendation) and the contact points active in a year (联系点名单). Codes are
 * written as their Chinese labels; no personal data beyond names. Also an award campaign's nominations (the caller's
 * part) and the honours register of a subtree.
 */
@Component(service = RoleModelSheets.class)
public class RoleModelSheets {
    static final List<String> MODEL_HEADERS = List.of("名称", "类别", "所在单位", "领域", "年度", "阶段", "层级", "推荐状态", "发现日期", "主要事迹");
    static final List<String> NOMINATION_HEADERS = List.of("表彰类别", "姓名或名称", "对象", "所在单位", "领域", "状态", "待审单位",
            "报送时间", "事迹材料");
    static final List<String> HONOUR_HEADERS = List.of("姓名或名称", "对象", "荣誉", "层级", "年度", "表彰机关", "所在单位", "表彰日期",
            "评选表彰");
    static final List<String> POINT_HEADERS = List.of("联系点", "联系领导", "领导职务", "开始日期", "结束日期", "联系记录数", "最近联系");

    /** A file to stream, named after the unit's code. */
    public record Export(String unitCode, Writer rows) {
    }

    /** Writes the rows of an export. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Spreadsheets spreadsheets;
    private final Campaigns campaigns;

    @Activate
    public RoleModelSheets(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                           @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference Spreadsheets spreadsheets, @Reference Campaigns campaigns) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.spreadsheets = spreadsheets;
        this.campaigns = campaigns;
    }

    public Export models(Long unitId, Integer year, FileFormat format) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        FileFormat f = requireFormat(format);
        List<List<String>> rows = jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT m FROM ModelEntity m WHERE m.orgPath LIKE :path" + (year == null ? "" : " AND m.year = :year")
                    + " ORDER BY m.orgPath, m.id", ModelEntity.class).setParameter("path", unit.path() + "%");
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList();
        }).stream()
                .map(m -> Arrays.asList(m.name, m.subjectKind.label(), scope.name(m.organizationId), m.field.label(), String.valueOf(m.year),
                        m.stage.label(), m.tier == null ? null : m.tier.label(), m.recommendation.label(), String.valueOf(m.discoveredOn),
                        m.deeds)).toList();
        return new Export(unit.code(), out -> spreadsheets.write(f, MODEL_HEADERS, rows, out));
    }

    public Export contactPoints(Long unitId, Integer year, FileFormat format) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        FileFormat f = requireFormat(format);
        int y = year == null ? LocalDate.now().getYear() : year;
        List<List<String>> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM ContactPointEntity p WHERE "
                        + "p.orgPath LIKE :path AND p.startsOn <= :last AND (p.endsOn IS NULL OR p.endsOn >= :first) ORDER BY p.orgPath, p.id",
                ContactPointEntity.class).setParameter("path", unit.path() + "%").setParameter("first", LocalDate.of(y, 1, 1))
                .setParameter("last", LocalDate.of(y, 12, 31)).getResultList().stream().map(p -> {
                    List<Object[]> r = em.createQuery("SELECT COUNT(r), MAX(r.happenedOn) FROM ContactRecordEntity r WHERE r.pointId = :id",
                            Object[].class).setParameter("id", p.id).getResultList();
                    Object[] c = r.isEmpty() ? new Object[] {0L, null} : r.get(0);
                    return Arrays.asList(scope.name(p.organizationId), p.leaderName, p.leaderTitle, String.valueOf(p.startsOn),
                            p.endsOn == null ? null : p.endsOn.toString(), String.valueOf(c[0]), c[1] == null ? null : c[1].toString());
                }).toList());
        return new Export(unit.code(), out -> spreadsheets.write(f, POINT_HEADERS, rows, out));
    }

    /** The campaign's nominations from the caller's part of the tree (a campaign seen from above: all of them). */
    public Export nominations(long campaignId, FileFormat format) {
        FileFormat f = requireFormat(format);
        List<List<String>> rows = jpa.txExpr(TransactionType.Supports, em -> {
            campaigns.visible(em, campaignId);
            return em.createQuery("SELECT n FROM NominationEntity n WHERE n.campaignId = :id AND n.orgPath LIKE :part "
                            + "ORDER BY n.category, n.orgPath, n.id", NominationEntity.class)
                    .setParameter("id", campaignId).setParameter("part", scope.scopePattern()).getResultList().stream()
                    .map(n -> Arrays.asList(n.category.label(), n.name, n.subjectKind.label(), scope.name(n.organizationId),
                            n.field.label(), n.status.label(), n.pendingUnitId == null ? null : scope.name(n.pendingUnitId),
                            String.valueOf(n.createdAt.toLocalDate()), n.deeds)).toList();
        });
        // named after the campaign: a caller below the organizer may not read the organizing unit itself
        return new Export(String.valueOf(campaignId), out -> spreadsheets.write(f, NOMINATION_HEADERS, rows, out));
    }

    /** The honours of the unit's subtree, of one year or all. */
    public Export honours(Long unitId, Integer year, FileFormat format) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        FileFormat f = requireFormat(format);
        List<List<String>> rows = jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT h FROM HonourEntity h WHERE h.orgPath LIKE :path" + (year == null ? "" : " AND h.year = :year")
                    + " ORDER BY h.year DESC, h.orgPath, h.id", HonourEntity.class).setParameter("path", unit.path() + "%");
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList().stream().map(h -> {
                CampaignEntity c = h.campaignId == null ? null : em.find(CampaignEntity.class, h.campaignId);
                return Arrays.asList(h.name, h.subjectKind.label(), h.title, h.level.label(), String.valueOf(h.year), h.issuer,
                        scope.name(h.organizationId), String.valueOf(h.awardedOn), c == null ? null : c.name);
            }).toList();
        });
        return new Export(unit.code(), out -> spreadsheets.write(f, HONOUR_HEADERS, rows, out));
    }

    static FileFormat requireFormat(FileFormat format) {
        if (format == null) {
            throw RoleModelText.TEXT.invalid("format", "format.required");
        }
        return format;
    }
}
