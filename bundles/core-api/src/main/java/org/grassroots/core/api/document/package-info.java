/**
 * Documents the platform writes for people to print and edit: a small model (a title page, headings, paragraphs,
 * tables) and one {@link org.grassroots.core.api.document.DocumentWriter} provided by core that writes it as Word
 * (DOCX) or PDF with a Chinese font embedded. The year-end work record uses it; modules use it for letters and
 * certificates instead of bringing a document library of their own.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package org.grassroots.core.api.document;
