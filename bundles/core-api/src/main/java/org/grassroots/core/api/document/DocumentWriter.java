package org.grassroots.core.api.document;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes a {@link Document} as DOCX or PDF; provided by core as an OSGi service. The PDF embeds a CJK TrueType
 * font read from the configured path (configuration {@code org.grassroots.core.documents}, property
 * {@code fonts}), so Chinese prints on any machine.
 */
@ProviderType
public interface DocumentWriter {
    /**
     * Writes {@code document} to {@code out} (which it does not close).
     *
     * @throws DocumentUnavailableException when the PDF cannot be written because no CJK font is found; nothing is
     *                                      written to {@code out} then
     * @throws IOException                  when {@code out} fails
     */
    void write(Document document, DocumentFormat format, OutputStream out) throws IOException;
}
