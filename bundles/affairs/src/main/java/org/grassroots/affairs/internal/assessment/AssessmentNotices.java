package org.grassroots.affairs.internal.assessment;

import java.util.List;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who must act next hears of it: a submitted report or a self-assessment goes to the administrators of the unit that
 * opened the round; a returned or decided one back to the organization's secretaries. Posted in the step's
 * transaction.
 */
@Component(service = AssessmentNotices.class)
public class AssessmentNotices {
    private final Notifications notifications;
    private final ModuleScope scope;

    @Activate
    public AssessmentNotices(@Reference Notifications notifications, @Reference ModuleScopes scopes) {
        this.notifications = notifications;
        this.scope = scopes.of(AffairsModule.ID);
    }

    void report(ReportEntity r, long reviewUnitId, ReportAction action) {
        String org = scope.name(r.organizationId);
        String link = "#/m/affairs/assessment?report=" + r.id;
        switch (action) {
            case SUBMIT -> post("affairs.report.submitted", LocalizedText.of("书记述职待评议：" + org + " " + r.year,
                    "Secretary's report to evaluate: " + org + " " + r.year), link, SecretaryReports.TYPE, r.id,
                    Recipient.roleInUnit(Role.UNIT_ADMIN, reviewUnitId));
            case RETURN -> post("affairs.report.returned", LocalizedText.of("述职报告被退回：" + org + " " + r.year + "（" + r.returnNote + "）",
                    "Report returned: " + org + " " + r.year + " (" + r.returnNote + ")"), link, SecretaryReports.TYPE, r.id,
                    Recipient.roleInUnit(Role.SECRETARY, r.organizationId));
            case DECIDE -> post("affairs.report.decided", LocalizedText.of("述职评议结果：" + org + " " + r.year + " "
                    + r.result.labels().zhCN(), "Report result: " + org + " " + r.year + " " + r.result.labels().en()), link,
                    SecretaryReports.TYPE, r.id, Recipient.roleInUnit(Role.SECRETARY, r.organizationId));
            default -> { }
        }
    }

    void grading(GradingEntity g, long reviewUnitId, GradingAction action) {
        String org = scope.name(g.organizationId);
        String link = "#/m/affairs/grading?grading=" + g.id;
        switch (action) {
            case ASSESS -> post("affairs.grading.assessed", LocalizedText.of("分类定等自评待定等：" + org + " " + g.year,
                    "Self-assessment to grade: " + org + " " + g.year), link, Gradings.TYPE, g.id,
                    Recipient.roleInUnit(Role.UNIT_ADMIN, reviewUnitId));
            case RETURN -> post("affairs.grading.returned", LocalizedText.of("分类定等自评被退回：" + org + " " + g.year + "（" + g.returnNote + "）",
                    "Self-assessment returned: " + org + " " + g.year + " (" + g.returnNote + ")"), link, Gradings.TYPE, g.id,
                    Recipient.roleInUnit(Role.SECRETARY, g.organizationId));
            case DECIDE -> post("affairs.grading.decided", LocalizedText.of("分类定等结果：" + org + " " + g.year + " "
                    + g.grade.labels().zhCN(), "Grading result: " + org + " " + g.year + " " + g.grade.labels().en()), link,
                    Gradings.TYPE, g.id, Recipient.roleInUnit(Role.SECRETARY, g.organizationId));
        }
    }

    private void post(String kind, LocalizedText title, String link, String type, long id, Recipient to) {
        notifications.post(new NotificationDraft(AffairsModule.ID, kind, title, title, link, type, id, null), List.of(to));
    }
}
