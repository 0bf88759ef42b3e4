package org.grassroots.core.internal.files;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.CoreMessages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentContent;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.attachment.FileType;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.security.AuthorizationImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The file store in core's database. Scope is one {@code UNIT_PATH LIKE prefix%} in every query; an attachment
 * outside the caller's scope is reported as not found, like the record it belongs to.
 */
@Component(service = { AttachmentStore.class, AttachmentStoreImpl.class }, configurationPid = "org.grassroots.core",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class AttachmentStoreImpl implements AttachmentStore {
    static final String TYPE = "core.attachment";
    /** 10 MiB: a scanned sign-in sheet or a phone photo, with room to spare. */
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @ObjectClassDefinition(name = "grassroots attachments")
    public @interface Config {
        @AttributeDefinition(description = "Largest file accepted by the attachment store, in bytes")
        long attachmentMaxBytes() default DEFAULT_MAX_BYTES;
    }

    private final JpaTemplate jpa;
    private final AuthorizationImpl authorization;
    private final long maxBytes;

    @Activate
    public AttachmentStoreImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                               @Reference CoreSchema schema, @Reference AuthorizationImpl authorization, Config config) {
        this.jpa = jpa;
        this.authorization = authorization;
        this.maxBytes = config.attachmentMaxBytes() > 0 ? config.attachmentMaxBytes() : DEFAULT_MAX_BYTES;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Attachment store(AttachmentOwner owner, String fileName, byte[] bytes) {
        ValidationException.Builder errors = ValidationException.builder();
        validateOwner(owner, errors);
        if (errors.isEmpty()) {
            // a caller who may not add files learns nothing about what is wrong with the file
            authorization.require(owner.writePermission());
        }
        String name = FileNames.clean(fileName).orElse(null);
        if (name == null) {
            errors.add("filename", CoreMessages.message("attachment.filename.invalid", FileNames.MAX_LENGTH));
        }
        FileType type = check(bytes, maxBytes, errors);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity unit = em.find(OrganizationEntity.class, owner.unitId());
            if (unit == null || !Scopes.visible(em, unit)) {
                throw CoreMessages.notFound(owner.moduleId() + "." + owner.ownerType(), owner.ownerId());
            }
            AttachmentEntity a = new AttachmentEntity();
            a.moduleId = owner.moduleId();
            a.ownerType = owner.ownerType();
            a.ownerId = owner.ownerId();
            a.unitId = unit.getId();
            a.unitPath = unit.getPath();
            a.fileName = name;
            a.fileType = type;
            a.sizeBytes = bytes.length;
            a.sha256 = sha256(bytes);
            a.readPermission = owner.readPermission();
            a.writePermission = owner.writePermission();
            a.readBelowPermission = blank(owner.readBelowPermission()) ? null : owner.readBelowPermission();
            a.uploadedAt = UtcTimes.nowInstant();
            a.uploadedBy = Actors.current();
            em.persist(a);
            em.flush();
            AttachmentContentEntity content = new AttachmentContentEntity();
            content.attachmentId = a.id;
            content.content = bytes;
            em.persist(content);
            Audit.record(em, "ATTACH", TYPE, a.id, describe(a));
            return a.toRecord();
        });
    }

    /**
     * The accepted type of {@code bytes}, adding a {@code file} error when they are missing, too large or of no
     * accepted type. Static so the rules are unit-tested without a database.
     */
    static FileType check(byte[] bytes, long maxBytes, ValidationException.Builder errors) {
        if (bytes == null || bytes.length == 0) {
            errors.add("file", CoreMessages.message("attachment.file.required"));
            return null;
        }
        if (bytes.length > maxBytes) {
            errors.add("file", CoreMessages.message("attachment.file.tooLarge", bytes.length, maxBytes));
            return null;
        }
        FileType type = FileSniffer.sniff(bytes).orElse(null);
        if (type == null) {
            errors.add("file", CoreMessages.message("attachment.file.type"));
        }
        return type;
    }

    private static void validateOwner(AttachmentOwner owner, ValidationException.Builder errors) {
        if (owner == null) {
            errors.add("owner", CoreMessages.message("required"));
            return;
        }
        if (owner.moduleId() == null || !owner.moduleId().matches("[a-z][a-z0-9-]{0,63}")) {
            errors.add("module", CoreMessages.message("attachment.module.required"));
        }
        if (owner.ownerType() == null || !owner.ownerType().matches("[A-Za-z0-9._-]{1,40}")) {
            errors.add("ownerType", CoreMessages.message("attachment.ownerType.invalid", 40));
        }
        if (blank(owner.readPermission()) || blank(owner.writePermission())) {
            errors.add("owner", CoreMessages.message("attachment.owner.permissions"));
        }
    }

    @Override
    public List<Attachment> list(String moduleId, String ownerType, long ownerId) {
        return list(moduleId, ownerType, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    @Override
    public Map<Long, List<Attachment>> list(String moduleId, String ownerType, Collection<Long> ownerIds) {
        Map<Long, List<Attachment>> byOwner = new LinkedHashMap<>();
        if (ownerIds == null || ownerIds.isEmpty()) {
            return byOwner;
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            String prefix = Scopes.prefix(em);
            // in scope, or shared with those below a unit above the caller (the caller's path starts with the file's)
            TypedQuery<AttachmentEntity> query = em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.moduleId = :module "
                    + "AND a.ownerType = :type AND a.ownerId IN :owners" + (prefix == null ? ""
                            : " AND (a.unitPath LIKE :path OR (a.readBelowPermission IS NOT NULL AND LOCATE(a.unitPath, :own) = 1))")
                    + " ORDER BY a.uploadedAt, a.id", AttachmentEntity.class)
                    .setParameter("module", moduleId).setParameter("type", ownerType)
                    .setParameter("owners", List.copyOf(ownerIds));
            if (prefix != null) {
                query.setParameter("path", prefix + "%").setParameter("own", prefix);
            }
            for (AttachmentEntity a : query.getResultList()) {
                if (authorization.hasPermission(readPermission(a, prefix))) {
                    byOwner.computeIfAbsent(a.ownerId, k -> new ArrayList<>()).add(a.toRecord());
                }
            }
            return byOwner;
        });
    }

    @Override
    public Attachment get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> readable(em, id).toRecord());
    }

    @Override
    public AttachmentContent content(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            AttachmentEntity a = readable(em, id);
            AttachmentContentEntity content = em.find(AttachmentContentEntity.class, id);
            if (content == null) {
                throw CoreMessages.notFound(TYPE, id);
            }
            return new AttachmentContent(a.toRecord(), content.content);
        });
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            AttachmentEntity a = visible(em, id);
            authorization.require(a.writePermission);
            AttachmentContentEntity content = em.find(AttachmentContentEntity.class, id);
            if (content != null) {
                em.remove(content);
            }
            em.remove(a);
            Audit.record(em, "DELETE", TYPE, id, describe(a));
        });
    }

    /** A file the caller may read: its unit in scope (read permission), or shared below its unit and the caller there. */
    private AttachmentEntity readable(EntityManager em, long id) {
        AttachmentEntity a = em.find(AttachmentEntity.class, id);
        String prefix = Scopes.prefix(em);
        String permission = a == null ? null : readPermission(a, prefix);
        if (permission == null) {
            throw CoreMessages.notFound(TYPE, id);
        }
        authorization.require(permission);
        return a;
    }

    /**
     * The permission the caller with this scope prefix reads the file with: the read permission where its unit is in
     * scope, the read-below permission where the caller's scope lies under its unit; {@code null}: not visible.
     */
    static String readPermission(AttachmentEntity a, String prefix) {
        if (prefix == null || a.unitPath.startsWith(prefix)) {
            return a.readPermission;
        }
        return a.readBelowPermission != null && prefix.startsWith(a.unitPath) ? a.readBelowPermission : null;
    }

    private static AttachmentEntity visible(EntityManager em, long id) {
        AttachmentEntity a = em.find(AttachmentEntity.class, id);
        String prefix = Scopes.prefix(em);
        if (a == null || (prefix != null && !a.unitPath.startsWith(prefix))) {
            throw CoreMessages.notFound(TYPE, id);
        }
        return a;
    }

    private static String describe(AttachmentEntity a) {
        return a.moduleId + "/" + a.ownerType + "/" + a.ownerId + ": " + a.fileName + " (" + a.fileType + ", "
                + a.sizeBytes + " bytes, sha256 " + a.sha256 + ")";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
