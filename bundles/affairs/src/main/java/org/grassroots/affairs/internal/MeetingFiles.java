package org.grassroots.affairs.internal;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.assessment.ReportFiles;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentOwners;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Meetings keep their minutes, sign-in sheets and photos in core's attachment store ({@code ownerType=meeting}):
 * read with the module's read permission, added by whoever records meetings, visible where the organization is in
 * scope; adding a file acts for the organization, so the module must be enabled there.
 */
@Component(service = AttachmentOwners.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class MeetingFiles implements AttachmentOwners {
    public static final String OWNER_TYPE = "meeting";
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final ReportFiles reports;

    @Activate
    public MeetingFiles(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                        @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                        @Reference ReportFiles reports) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.reports = reports;
    }

    @Override
    public Optional<AttachmentOwner> resolve(String ownerType, long ownerId) {
        if (ReportFiles.OWNER_TYPE.equals(ownerType)) {
            return reports.resolve(ownerId); // a secretary's report (述职评议)
        }
        if (!OWNER_TYPE.equals(ownerType)) {
            return Optional.empty();
        }
        MeetingEntity meeting = jpa.txExpr(TransactionType.Supports, em -> em.find(MeetingEntity.class, ownerId));
        if (meeting == null) {
            return Optional.empty();
        }
        try {
            scope.requireVisible(meeting.orgPath, Meetings.TYPE, ownerId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        scope.requireEnabled(meeting.organizationId);
        return Optional.of(new AttachmentOwner(AffairsModule.ID, OWNER_TYPE, meeting.id, meeting.organizationId,
                AffairsModule.READ, AffairsModule.WRITE));
    }
}
