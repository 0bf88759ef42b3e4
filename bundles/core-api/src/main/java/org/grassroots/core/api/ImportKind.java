package org.grassroots.core.api;

/** What a spreadsheet holds. */
public enum ImportKind {
    ORGANIZATIONS, MEMBERS
}
