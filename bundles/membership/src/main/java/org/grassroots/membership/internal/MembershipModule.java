package org.grassroots.membership.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.List;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.participation.ParticipationKind;
import org.grassroots.core.api.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The member lifecycle module's descriptor (党员发展与组织关系): beyond the seven actions, the weekly work of every
 * street office: developing new members, transfers with introduction letters, mobile members, how membership ends.
 */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipModule implements ActionModule {
    public static final String ID = "membership";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.membership)";
    public static final String UNIT = "(osgi.unit.name=grassroots-membership)";

    /** Read files (masked), plans, transfers, mobile members, status events and figures in scope. */
    public static final String READ = "membership.read";
    /** Open files and record their steps, plans, transfers, mobile registrations (branch secretaries and up). */
    public static final String WRITE = "membership.write";
    /** Record how membership ends and suspensions (street, park and district administrators). */
    public static final String DECIDE = "membership.decide";
    /** Change the pipeline's steps and numbers (district-wide settings). */
    public static final String SETTINGS = "membership.settings";

    static final String PIPELINE = "membership.pipeline";
    static final String DEVELOPED = "membership.developed";
    static final String PLANNED = "membership.planned";
    static final String PROBATIONS = "membership.probations";
    static final String TRANSFERS = "membership.transfers";
    static final String MOBILE = "membership.mobile";
    static final String LEFT = "membership.left";

    private final ModuleDescriptor descriptor;

    @Activate
    public MembershipModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("党员发展与组织关系", "Member lifecycle"), version,
                LocalizedText.of("发展党员全过程（申请、积极分子、发展对象、预备党员、转正，步骤可配置，顺序、间隔和年龄由系统把关）、"
                                + "年度发展计划、组织关系转接与介绍信回执、流动党员、失联党员、党籍处置及统计。",
                        "The member lifecycle: the development pipeline (applicant, activist, candidate, probationary and "
                                + "full member; configurable steps whose order, intervals and age the server enforces), the "
                                + "yearly development plans, transfers with numbered introduction letters and receipts, "
                                + "mobile members, lost contact, how membership ends, and the figures."),
                ModuleCategory.OTHER,
                List.of(permission(READ, "查看党员发展与组织关系", "Read the member lifecycle", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(WRITE, "登记发展步骤、转接和流动党员", "Record development steps, transfers and mobile members",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(DECIDE, "登记党籍处置", "Record how membership ends or is suspended", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(SETTINGS, "设置发展党员步骤", "Set the development steps", DISTRICT_ADMIN)),
                new UiEntry("/ui/membership/index.js", "user-plus", 85),
                List.of(new StatisticDefinition(PIPELINE, LocalizedText.of("发展党员各阶段人数", "People in the pipeline"), "count",
                                EnumLabels.of(Stage.class)),
                        new StatisticDefinition(DEVELOPED, LocalizedText.of("发展党员", "Members developed"), "count"),
                        new StatisticDefinition(PLANNED, LocalizedText.of("年度发展计划", "Development plan"), "count"),
                        new StatisticDefinition(PROBATIONS, LocalizedText.of("预备期期满处理", "Probations ended"), "count",
                                EnumLabels.of(StepCode.class)),
                        new StatisticDefinition(TRANSFERS, LocalizedText.of("组织关系转接", "Transfers"), "count",
                                EnumLabels.of(TransferKind.class)),
                        new StatisticDefinition(MOBILE, LocalizedText.of("流动党员", "Mobile members"), "count",
                                EnumLabels.of(MobileDirection.class)),
                        new StatisticDefinition(LEFT, LocalizedText.of("党籍处置", "Membership ended"), "count",
                                EnumLabels.of(StatusKind.class))),
                List.of(EnumLabels.set(ID, Stage.class), EnumLabels.set(ID, StepCode.class), EnumLabels.set(ID, StepKind.class),
                        EnumLabels.set(ID, TransferKind.class), EnumLabels.set(ID, TransferStatus.class), EnumLabels.set(ID, TransferAction.class), EnumLabels.set(ID, ReminderKind.class),
                        EnumLabels.set(ID, MobileDirection.class), EnumLabels.set(ID, StatusKind.class),
                        EnumLabels.set(ID, FormNumberStatus.class), EnumLabels.set(ID, ParticipationKind.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
