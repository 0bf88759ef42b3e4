package org.grassroots.core.api.attachment;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by a module whose records hold files. Registered as a service with the property
 * {@code grassroots.module=<module id>}; core asks it when a file is uploaded through the REST API, to learn
 * whether the record exists and where it lies. Lookups run as the uploading caller; return empty for a record
 * that does not exist or that the caller may not see, and core answers 404.
 */
@ConsumerType
public interface AttachmentOwners {

    /** The record {@code ownerType}/{@code ownerId} of this module, or empty when there is none. */
    Optional<AttachmentOwner> resolve(String ownerType, long ownerId);
}
