package org.grassroots.community.internal;

/** A new micro-wish: the community, what is wished, the details and for whom (a description, never a name). */
public record WishDraft(Long communityId, String title, String detail, String beneficiary) {
}
