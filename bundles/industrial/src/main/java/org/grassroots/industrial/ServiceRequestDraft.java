package org.grassroots.industrial;

import java.util.List;

/** What a client sends to submit a request. {@code organizationId} is the enterprise (core unit id). */
public record ServiceRequestDraft(Long organizationId, String category, String title, String description,
                                  String contactName, Long serviceId, List<AttachmentDraft> attachments) {

    /** Metadata of an attachment: the file is stored elsewhere (e.g. the park's document system) under {@code reference}. */
    public record AttachmentDraft(String name, Long size, String contentType, String reference) {
    }
}
