package org.grassroots.affairs.internal.assessment;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A secretary's report keeps its files (the signed report, slides) in core's attachment store
 * ({@code ownerType=secretaryReport}): read with the module's read permission, added by whoever writes the report,
 * visible where the organization is in scope. Core takes one {@code AttachmentOwners} per module: the module's
 * {@code MeetingFiles} asks this one for the reports.
 */
@Component(service = ReportFiles.class)
public class ReportFiles {
    public static final String OWNER_TYPE = "secretaryReport";
    private final JpaTemplate jpa;
    private final ModuleScope scope;

    @Activate
    public ReportFiles(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                       @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
    }

    public Optional<AttachmentOwner> resolve(long ownerId) {
        ReportEntity report = jpa.txExpr(TransactionType.Supports, em -> em.find(ReportEntity.class, ownerId));
        if (report == null) {
            return Optional.empty();
        }
        try {
            scope.requireVisible(report.orgPath, SecretaryReports.TYPE, ownerId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        scope.requireEnabled(report.organizationId);
        return Optional.of(new AttachmentOwner(AffairsModule.ID, OWNER_TYPE, report.id, report.organizationId,
                AffairsModule.READ, AffairsModule.WRITE));
    }
}
