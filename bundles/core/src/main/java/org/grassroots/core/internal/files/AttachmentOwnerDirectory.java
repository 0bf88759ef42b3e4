package org.grassroots.core.internal.files;

import org.grassroots.core.internal.CoreMessages;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentOwners;
import org.grassroots.core.api.module.ModuleRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link AttachmentOwners} of the modules that are running, by module id, for uploads through the REST API: an
 * upload names its owner record, and only the module knows whether that record exists and where it lies. When a
 * module is stopped its records take no new files (404); its stored files stay readable.
 */
@Component(service = AttachmentOwnerDirectory.class)
public class AttachmentOwnerDirectory {
    private final Map<String, AttachmentOwners> byModule = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addOwners(AttachmentOwners owners, Map<String, Object> properties) {
        Object module = properties.get(ModuleRegistry.MODULE_PROPERTY);
        if (module != null) {
            byModule.put(module.toString(), owners);
        }
    }

    void removeOwners(AttachmentOwners owners, Map<String, Object> properties) {
        Object module = properties.get(ModuleRegistry.MODULE_PROPERTY);
        if (module != null) {
            byModule.remove(module.toString(), owners);
        }
    }

    /** The owner record, or 404 when the module is not running or has no such record for the caller. */
    public AttachmentOwner resolve(String moduleId, String ownerType, long ownerId) {
        AttachmentOwners owners = moduleId == null ? null : byModule.get(moduleId);
        if (owners == null) {
            throw CoreMessages.notFound("module", moduleId);
        }
        AttachmentOwner owner = owners.resolve(ownerType, ownerId)
                .orElseThrow(() -> CoreMessages.notFound(moduleId + "." + ownerType, ownerId));
        if (!moduleId.equals(owner.moduleId()) || !ownerType.equals(owner.ownerType()) || owner.ownerId() != ownerId) {
            throw new IllegalStateException("Module " + moduleId + " answered an attachment owner lookup for "
                    + ownerType + " " + ownerId + " with another record: " + owner);
        }
        return owner;
    }
}
