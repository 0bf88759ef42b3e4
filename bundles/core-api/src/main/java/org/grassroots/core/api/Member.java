package org.grassroots.core.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * A Party member (党员). {@code idNumber} and {@code phone} are personal data.
 *
 * @param floatingDestination where a floating (流动) member currently is; null otherwise
 * @param residenceCommunityId the community unit the member registered with for 双报到
 */
public record Member(long id, String name, Sex sex, String ethnicity, LocalDate birthDate, String idNumber,
                     String education, String phone, MemberCategory category, LocalDate joinedOn,
                     LocalDate fullMemberOn, long organizationId, String post, MemberStatus status,
                     String floatingDestination, Long residenceCommunityId, Set<String> tags, long version) {
}
