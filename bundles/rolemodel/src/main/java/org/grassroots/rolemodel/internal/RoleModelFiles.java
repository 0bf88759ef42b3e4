package org.grassroots.rolemodel.internal;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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
 * The module's records that keep files in core's store: a role model's deeds material (事迹材料, owner type
 * {@code model}), a nomination's (事迹材料 of an award campaign, {@code nomination}) and a publicity item's
 * attachment ({@code publicity}). Read with {@code rolemodel.read}, changed
 * with {@code rolemodel.write}, scoped like the record (empty = 404 for this caller).
 */
@Component(service = AttachmentOwners.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + RoleModelModule.ID)
public class RoleModelFiles implements AttachmentOwners {
    private final JpaTemplate jpa;
    private final ModuleScope scope;

    @Activate
    public RoleModelFiles(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                          @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
    }

    @Override
    public Optional<AttachmentOwner> resolve(String ownerType, long ownerId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Long unit = null;
            String path = null;
            if ("model".equals(ownerType)) {
                ModelEntity m = em.find(ModelEntity.class, ownerId);
                if (m != null) {
                    unit = m.organizationId;
                    path = m.orgPath;
                }
            } else if ("nomination".equals(ownerType)) {
                NominationEntity n = em.find(NominationEntity.class, ownerId);
                if (n != null) {
                    unit = n.organizationId;
                    path = n.orgPath;
                }
            } else if ("publicity".equals(ownerType)) {
                PublicityEntity p = em.find(PublicityEntity.class, ownerId);
                if (p != null) {
                    unit = p.organizationId;
                    path = p.orgPath;
                }
            }
            if (unit == null || !scope.inScope(unit)) {
                return Optional.<AttachmentOwner>empty();
            }
            scope.requireVisible(path, ownerType, ownerId);
            return Optional.of(new AttachmentOwner(RoleModelModule.ID, ownerType, ownerId, unit, RoleModelModule.READ,
                    RoleModelModule.WRITE));
        });
    }
}
