package org.grassroots.core.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The platform's document writer. Configuration {@code org.grassroots.core.documents}: {@code fonts}, a
 * comma-separated list of CJK TrueType font files (.ttf or .ttc) tried in order for PDF; without it the usual
 * places of WenQuanYi Micro Hei and its kin on Linux, Windows and macOS ({@link CjkFonts#DEFAULTS}).
 */
@Component(service = DocumentWriter.class, configurationPid = DocumentWriterImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DocumentWriterImpl implements DocumentWriter {
    static final String PID = "org.grassroots.core.documents";
    private volatile List<String> fonts = CjkFonts.DEFAULTS;

    public DocumentWriterImpl() {
    }

    /** For tests: a writer trying {@code fonts}. */
    public DocumentWriterImpl(List<String> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object configured = properties.get("fonts");
        fonts = configured == null || configured.toString().isBlank() ? CjkFonts.DEFAULTS
                : Arrays.stream(configured.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void write(Document document, DocumentFormat format, OutputStream out) throws IOException {
        if (format == DocumentFormat.DOCX) {
            DocxWriter.write(document, out);
            return;
        }
        // laid out in memory first: a missing font is refused before a byte reaches the caller
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.write(document, fonts, pdf);
        pdf.writeTo(out);
    }
}
