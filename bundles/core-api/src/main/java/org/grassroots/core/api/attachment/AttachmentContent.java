package org.grassroots.core.api.attachment;

/** A stored file with its bytes. */
public record AttachmentContent(Attachment attachment, byte[] bytes) {
}
