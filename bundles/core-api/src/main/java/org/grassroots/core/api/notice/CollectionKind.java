package org.grassroots.core.api.notice;

/** What each unit hands in for a collection task. */
public enum CollectionKind {
    /** A file, uploaded to the attachment store first ({@code module=core, ownerType=collection}). */
    FILE,
    /** A short form: a value for each of the task's fields. */
    FORM
}
