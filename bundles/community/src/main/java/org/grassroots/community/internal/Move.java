package org.grassroots.community.internal;

/** A registered member moves house: the registration is cancelled and a new one made with the new community. */
public record Move(Long communityId, String volunteerPost, String reason) {
}
