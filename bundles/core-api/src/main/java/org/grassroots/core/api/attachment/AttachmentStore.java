package org.grassroots.core.api.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Core's file store. Every method checks the caller: the owner's unit must be in their scope (otherwise 404, as
 * for the record itself) and they need the owner's read permission to list or read, its write permission to
 * store or delete. Writes join the caller's JTA transaction, so a module can store a file and the record that
 * refers to it together; each store and delete writes an audit line in the same transaction.
 */
@ProviderType
public interface AttachmentStore {

    /**
     * Stores {@code bytes} for {@code owner}. The type is recognised from the bytes; a file of another type, an
     * empty one or one over the configured size limit ({@code attachmentMaxBytes} in {@code
     * etc/org.grassroots.core.cfg}) is refused with 422 naming the field {@code file}; nothing is stored then.
     *
     * @param fileName the name to show and to download under; required, at most 255 characters, no path
     */
    Attachment store(AttachmentOwner owner, String fileName, byte[] bytes);

    /** The files of one record, oldest first. */
    List<Attachment> list(String moduleId, String ownerType, long ownerId);

    /**
     * The files of many records of one type in one query (for list pages), keyed by owner id; owners without
     * files are missing from the map. Only files whose unit is in the caller's scope are returned.
     */
    Map<Long, List<Attachment>> list(String moduleId, String ownerType, Collection<Long> ownerIds);

    /** One file's metadata; 404 when it does not exist or lies outside the caller's scope. */
    Attachment get(long id);

    /** One file with its bytes; needs the owner's read permission. */
    AttachmentContent content(long id);

    /** Deletes a file (audited); needs the owner's write permission. */
    void delete(long id);

    /** The largest file accepted, in bytes. */
    long maxBytes();
}
