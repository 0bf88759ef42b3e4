package org.grassroots.core.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a caller supplies to create or update a member. {@code organizationId} is ignored on update:
 * changing a member's organization is a transfer, which keeps history.
 */
public record MemberDraft(String name, Sex sex, String ethnicity, LocalDate birthDate, String idNumber,
                          String education, String phone, MemberCategory category, LocalDate joinedOn,
                          LocalDate fullMemberOn, Long organizationId, String post, MemberStatus status,
                          String floatingDestination, Long residenceCommunityId, Set<String> tags) {

    public MemberDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
