package org.grassroots.core.internal.demo;

import org.grassroots.core.api.MemberDraft;

/**
 * One member of the demo district. The draft's {@code organizationId} is null because ids exist only once the
 * units are stored; {@code organizationCode} names the member's Party organization instead.
 */
public record DemoMember(String organizationCode, MemberDraft draft) {

    /** The draft to store this member in its organization, once the organization's id is known. */
    public MemberDraft draftFor(long organizationId) {
        MemberDraft d = draft;
        return new MemberDraft(d.name(), d.sex(), d.ethnicity(), d.birthDate(), d.idNumber(), d.education(),
                d.phone(), d.category(), d.joinedOn(), d.fullMemberOn(), organizationId, d.post(), d.status(),
                d.floatingDestination(), d.residenceCommunityId(), d.tags());
    }
}
