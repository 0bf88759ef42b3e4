/**
 * The platform's file store: minutes, sign-in sheets, photos and evidence that belong to a record of a module.
 * The bytes live in core's database (so a backup of {@code data/db} holds them and the transaction that stores
 * a file also covers the record that refers to it). A module makes its records able to hold files by
 * registering an {@link org.grassroots.core.api.attachment.AttachmentOwners} service; uploads and downloads then
 * go through core's REST API ({@code /api/core/attachments}) or through {@link
 * org.grassroots.core.api.attachment.AttachmentStore} from Java. See {@code docs/plugin-guide.md}, section
 * "Attachments and notifications".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.api.attachment;
