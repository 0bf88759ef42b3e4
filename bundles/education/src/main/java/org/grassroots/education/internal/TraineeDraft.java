package org.grassroots.education.internal;

/** The development file (of a 发展对象) to add to a session as a trainee. */
public record TraineeDraft(Long fileId) {
}
