package org.grassroots.core.api.attachment;

import java.time.Instant;

/**
 * A stored file's metadata (the bytes are read with {@link AttachmentStore#content(long)}).
 *
 * @param moduleId   the module whose record holds the file ({@code core} for notices and collection tasks)
 * @param ownerType  the kind of record inside the module, e.g. {@code request}
 * @param ownerId    the record's id
 * @param unitId     the unit the record belongs to: the file is visible to callers who see this unit
 * @param fileName   the name the uploader gave, for display and downloads only (the type comes from the bytes)
 * @param type       the type recognised from the bytes
 * @param sizeBytes  the file's length
 * @param sha256     hex SHA-256 of the bytes, so a client can check a download or spot duplicates
 */
public record Attachment(long id, String moduleId, String ownerType, long ownerId, long unitId, String fileName,
                         FileType type, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {

    /** The Content-Type to serve it with. */
    public String contentType() {
        return type.mediaType();
    }
}
