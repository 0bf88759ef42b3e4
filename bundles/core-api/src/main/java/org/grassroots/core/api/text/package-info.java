/**
 * Texts a user reads, in Chinese (the default) and English: {@link org.grassroots.core.api.text.Message} is one
 * text that renders in a language; {@link org.grassroots.core.api.text.MessageBundle} reads a module's messages
 * from its {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese);
 * {@link org.grassroots.core.api.text.Languages} chooses the language of a request. The exceptions of
 * {@code org.grassroots.core.api} carry Messages, and the REST layer answers each request in its language.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package org.grassroots.core.api.text;
