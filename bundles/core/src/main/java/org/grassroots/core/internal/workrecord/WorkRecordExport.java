package org.grassroots.core.internal.workrecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.grassroots.core.api.text.Languages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The work record of a unit and year written as Word or PDF through the platform's {@link DocumentWriter}. */
@Component(service = WorkRecordExport.class)
public class WorkRecordExport {
    private final WorkRecordEditions editions;
    private final DocumentWriter writer;

    /** A written file and the name it is offered under. */
    public record File(String name, byte[] content) {
    }

    @Activate
    public WorkRecordExport(@Reference WorkRecordEditions editions, @Reference DocumentWriter writer) {
        this.editions = editions;
        this.writer = writer;
    }

    /** Written in full before it is answered, so a refusal (no font) is a clean 503, never a broken download. */
    public File export(long unit, int year, DocumentFormat format, Locale locale) {
        WorkRecordEdition edition = editions.edition(unit, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(WorkRecordDocument.of(edition, locale), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Languages.isEnglish(locale) ? "Work record " + year + " " + edition.record().unitName()
                : edition.record().unitName() + year + "年度工作纪实";
        return new File(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.extension(), out.toByteArray());
    }
}
