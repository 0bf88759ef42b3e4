package org.grassroots.community.internal;

/** A community a member may register with in self-service (one with a paired unit), with its street. */
public record CommunityChoice(long id, String name, String streetName) {
}
