package org.grassroots.membership.internal;

/** A new value of one number of the rules. */
public record SettingDraft(Integer value) {
}
