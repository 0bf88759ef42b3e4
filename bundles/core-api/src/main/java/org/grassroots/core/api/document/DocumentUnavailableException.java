package org.grassroots.core.api.document;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.text.Message;

/**
 * The platform cannot write a document in this format on this server, e.g. no Chinese font is installed for PDF;
 * answered 503 with the message naming what is missing, so the operator knows what to install or configure.
 */
public class DocumentUnavailableException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public DocumentUnavailableException(Message message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Document format unavailable";
    }
}
