package org.grassroots.core.internal.files;

import java.util.Optional;

import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentOwners;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.notify.CollectionTasksImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's own records that hold files: a collection task's submission ({@code ownerType=collection}, owner id = the
 * task). The file belongs to the uploading account's own unit, which must be addressed by the task, so the asking
 * level above sees it and the other addressed units do not.
 */
@Component(service = AttachmentOwners.class, property = ModuleRegistry.MODULE_PROPERTY + "=core")
public class CoreAttachmentOwners implements AttachmentOwners {
    private final CollectionTasksImpl collections;
    private final Authorization authorization;

    @Activate
    public CoreAttachmentOwners(@Reference CollectionTasksImpl collections, @Reference Authorization authorization) {
        this.collections = collections;
        this.authorization = authorization;
    }

    @Override
    public Optional<AttachmentOwner> resolve(String ownerType, long ownerId) {
        Long unit = authorization.current().organizationId();
        if (!CollectionTasksImpl.OWNER_TYPE.equals(ownerType) || unit == null || !collections.addressed(ownerId, unit)) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentOwner("core", ownerType, ownerId, unit, CorePermissions.NOTICE_READ,
                CorePermissions.COLLECTION_SUBMIT));
    }
}
