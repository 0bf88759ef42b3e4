package org.grassroots.membership.internal;

/** One number of the development rules. */
public record Setting(String key, int value, long version) {
}
