package org.grassroots.industrial.internal;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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
 * Service requests hold files in core's attachment store ({@code ownerType=request}): read with the module's read
 * permission, added and removed by whoever may submit requests, visible where the enterprise is in scope. Adding a
 * file acts for the enterprise, so the module must be enabled there.
 */
@Component(service = { AttachmentOwners.class, RequestAttachmentOwners.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class RequestAttachmentOwners implements AttachmentOwners {
    public static final String OWNER_TYPE = "request";
    private final JpaTemplate jpa;
    private final ModuleScope scope;

    @Activate
    public RequestAttachmentOwners(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                                   @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema,
                                   @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
    }

    @Override
    public Optional<AttachmentOwner> resolve(String ownerType, long ownerId) {
        if (!OWNER_TYPE.equals(ownerType)) {
            return Optional.empty();
        }
        ServiceRequestEntity request = jpa.txExpr(TransactionType.Supports, em -> em.find(ServiceRequestEntity.class, ownerId));
        if (request == null) {
            return Optional.empty();
        }
        try {
            IndustrialMessages.TEXT.requireVisible(scope, request.orgPath, ServiceRequests.TYPE, ownerId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        scope.requireEnabled(request.organizationId);
        return Optional.of(owner(request));
    }

    static AttachmentOwner owner(ServiceRequestEntity request) {
        return new AttachmentOwner(IndustrialModule.ID, OWNER_TYPE, request.id, request.organizationId,
                IndustrialModule.READ, IndustrialModule.REQUEST_WRITE);
    }
}
