package org.grassroots.dues.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.MEMBER;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The dues module's descriptor (党费): beyond the seven actions, what every branch does every month. */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + DuesModule.ID)
public class DuesModule implements ActionModule {
    public static final String ID = "dues";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.dues)";
    public static final String UNIT = "(osgi.unit.name=grassroots-dues)";

    /** Read bases (masked), months, dues, arrears and figures in scope. */
    public static final String READ = "dues.read";
    /** Record bases and exemptions, open months, record payments and extras, settle (branch secretaries and up). */
    public static final String COLLECT = "dues.collect";
    /** Reopen a settled month to correct it (street, park and district administrators). */
    public static final String REOPEN = "dues.reopen";
    /** Change the bands (district-wide settings). */
    public static final String SETTINGS = "dues.settings";
    /** A member's own yearly statement. */
    public static final String OWN = "dues.own";

    static final String EXPECTED = "dues.expected";
    static final String COLLECTED = "dues.collected";
    static final String RATE = "dues.rate";
    static final String ARREARS = "dues.arrears.members";
    static final String SIX_MONTHS = "dues.arrears.sixMonths";
    static final String EXTRAS = "dues.extras";
    static final String MONTHS = "dues.months";

    private final ModuleDescriptor descriptor;

    @Activate
    public DuesModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("党费收缴", "Party dues"), version,
                LocalizedText.of("党费基数与缴纳标准、按月收缴（开启月份、计算应缴、逐人或批量登记、结算）、补缴、免交、"
                                + "自愿多交和特殊党费、欠缴及连续六个月未交提醒、收缴统计与报表。",
                        "Party dues: bases and the configurable bands, the monthly cycle per organization (open the "
                                + "month, amounts due computed, payments recorded one by one or in bulk, settled), "
                                + "back-payments, exemptions, voluntary and special dues, arrears with the six-month "
                                + "flag, collection figures and reports."),
                ModuleCategory.OTHER,
                List.of(permission(READ, "查看党费收缴", "Read Party dues", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(COLLECT, "登记党费基数、收缴和结算", "Record bases, collect and settle dues", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(REOPEN, "重新开启已结算月份", "Reopen a settled month", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(SETTINGS, "设置党费缴纳标准", "Set the dues bands", DISTRICT_ADMIN),
                        permission(OWN, "查看本人党费", "Read one's own dues", MEMBER, SECRETARY, UNIT_ADMIN, DISTRICT_ADMIN)),
                new UiEntry("/ui/dues/index.js", "wallet", 80),
                List.of(new StatisticDefinition(EXPECTED, LocalizedText.of("应缴党费", "Dues expected"), "yuan"),
                        new StatisticDefinition(COLLECTED, LocalizedText.of("实缴党费", "Dues collected"), "yuan"),
                        new StatisticDefinition(RATE, LocalizedText.of("党费收缴率", "Dues collection rate"), "percent"),
                        new StatisticDefinition(ARREARS, LocalizedText.of("欠缴党费党员", "Members in arrears"), "count",
                                Map.of("sixMonths", LocalizedText.of("连续六个月以上", "Six months or more"),
                                        "fewer", LocalizedText.of("不足六个月", "Fewer than six months"))),
                        new StatisticDefinition(SIX_MONTHS, LocalizedText.of("连续六个月未交党费", "Six consecutive months unpaid"), "count"),
                        new StatisticDefinition(EXTRAS, LocalizedText.of("自愿多交和特殊党费", "Voluntary and special dues"), "yuan",
                                EnumLabels.of(ExtraKind.class)),
                        new StatisticDefinition(MONTHS, LocalizedText.of("党费月份结算", "Dues months"), "count",
                                EnumLabels.of(MonthStatus.class))),
                List.of(EnumLabels.set(ID, DuesCategory.class), EnumLabels.set(ID, DueStatus.class),
                        EnumLabels.set(ID, MonthStatus.class), EnumLabels.set(ID, MonthAction.class),
                        EnumLabels.set(ID, PaymentChannel.class), EnumLabels.set(ID, ExtraKind.class),
                        EnumLabels.set(ID, UnmatchedStatus.class), EnumLabels.set(ID, UnmatchedAction.class),
                        EnumLabels.set(ID, StatementMark.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
