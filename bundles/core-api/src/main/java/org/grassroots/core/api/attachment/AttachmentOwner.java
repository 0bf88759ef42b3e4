package org.grassroots.core.api.attachment;

/**
 * The record a file belongs to, as its module describes it: where it lies in the organization tree and which
 * permissions read and change its files. Core stores the unit and the permissions with each file, so the checks
 * still hold after the module is stopped or uninstalled (the files stay).
 *
 * @param moduleId        the module's id ({@code core} for core's own records)
 * @param ownerType       the kind of record, e.g. {@code request}; letters, digits, '.', '-' and '_', at most 40
 * @param ownerId         the record's id
 * @param unitId          the unit the record belongs to; files are visible where this unit is in scope
 * @param readPermission  needed to list and download the files (usually the module's read permission)
 * @param writePermission needed to upload and delete files
 * @param readBelowPermission when not {@code null}, callers whose scope lies below the unit may list and download the
 *                        files with this permission (a course the district publishes for its members: the module's
 *                        members' permission); uploading and deleting still need the unit in scope
 */
public record AttachmentOwner(String moduleId, String ownerType, long ownerId, long unitId, String readPermission,
                              String writePermission, String readBelowPermission) {

    /** The files of a record, read only where its unit is in scope. */
    public AttachmentOwner(String moduleId, String ownerType, long ownerId, long unitId, String readPermission,
                           String writePermission) {
        this(moduleId, ownerType, ownerId, unitId, readPermission, writePermission, null);
    }
}
