package org.grassroots.core.api.notification;

import org.grassroots.core.api.security.Role;

/**
 * Who receives a notification. Exactly one of the forms below:
 * <ul>
 * <li>{@link #account(String)}: one account;</li>
 * <li>{@link #role(Role)}: every account holding the role;</li>
 * <li>{@link #unit(long)}: every account whose scope unit is this unit or lies below it;</li>
 * <li>{@link #roleInUnit(Role, long)}: the accounts holding the role whose scope unit is this unit or lies
 * below it (e.g. the administrators of a park).</li>
 * </ul>
 * Accounts are matched when they read their inbox, so an account created later still sees a notification
 * addressed to its role or unit.
 */
public record Recipient(String username, Role role, Long unitId) {

    public static Recipient account(String username) {
        return new Recipient(username, null, null);
    }

    public static Recipient role(Role role) {
        return new Recipient(null, role, null);
    }

    public static Recipient unit(long unitId) {
        return new Recipient(null, null, unitId);
    }

    public static Recipient roleInUnit(Role role, long unitId) {
        return new Recipient(null, role, unitId);
    }
}
