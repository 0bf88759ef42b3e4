package org.grassroots.community.internal;

/** A member signs in on the day with the code the community shows at the event. */
public record SignIn(String code) {
}
