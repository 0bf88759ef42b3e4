package org.grassroots.membership.internal;

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
 * The documents of the module's records, kept in core's file store: a step's documents ({@code ownerType=step}: the
 * application, the talk's record, the review, the minutes of the meeting ...), a whole file's ({@code file}) and a
 * transfer's (the returned receipt, {@code transfer}). Read with {@code membership.read}, added with
 * {@code membership.write}, for records in the caller's scope where the module is enabled.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipAttachments implements AttachmentOwners {
    private final JpaTemplate jpa;
    private final ModuleScope scope;

    @Activate
    public MembershipAttachments(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                                 @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
    }

    @Override
    public Optional<AttachmentOwner> resolve(String ownerType, long ownerId) {
        Long unit = jpa.txExpr(TransactionType.Supports, em -> switch (ownerType == null ? "" : ownerType) {
            case "step" -> {
                StepEntity s = em.find(StepEntity.class, ownerId);
                FileEntity f = s == null ? null : em.find(FileEntity.class, s.fileId);
                yield f == null ? null : f.organizationId;
            }
            case "file" -> {
                FileEntity f = em.find(FileEntity.class, ownerId);
                yield f == null ? null : f.organizationId;
            }
            case "transfer" -> {
                TransferEntity t = em.find(TransferEntity.class, ownerId);
                yield t == null ? null : t.organizationId;
            }
            default -> null;
        });
        if (unit == null || !scope.inScope(unit)) {
            return Optional.empty();
        }
        scope.requireEnabled(unit);
        return Optional.of(new AttachmentOwner(MembershipModule.ID, ownerType, ownerId, unit, MembershipModule.READ,
                MembershipModule.WRITE));
    }
}
