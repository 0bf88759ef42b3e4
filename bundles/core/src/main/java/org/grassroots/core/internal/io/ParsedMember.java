package org.grassroots.core.internal.io;

import org.grassroots.core.api.MemberDraft;

/**
 * A member row before its organization references are resolved: the draft's {@code organizationId} and
 * {@code residenceCommunityId} are null and the codes from the file are given instead.
 *
 * @param residenceCommunityCode null when the cell is empty
 */
public record ParsedMember(int rowNumber, MemberDraft draft, String organizationCode, String residenceCommunityCode) {
}
