package org.grassroots.education.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.grassroots.core.api.text.Languages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training certificates printed as PDF (or Word) through the platform's {@link DocumentWriter}, which embeds the
 * Chinese font: a member's approved study hours of a year. A year without approved hours certifies nothing (409).
 */
@Component(service = Certificates.class)
public class Certificates {
    /** The district's calendar: the certificate is dated as people there read the day. */
    private static final ZoneId ISSUED_IN = ZoneId.of("Asia/Shanghai");

    private final Credits credits;
    private final DocumentWriter writer;

    /** A written certificate and the name it is offered under. */
    public record File(String name, byte[] content) {
    }

    @Activate
    public Certificates(@Reference Credits credits, @Reference DocumentWriter writer) {
        this.credits = credits;
        this.writer = writer;
    }

    /** Written in full before it is answered, so a refusal (no font: 503) is never a broken download. */
    public File certificate(Long memberId, int year, DocumentFormat format, Locale locale) {
        MemberHours hours = credits.memberHours(memberId, year); // first: a member outside the caller's scope is 404
        ValidationException.builder().required("format", format).throwIfAny();
        if (hours.hours().signum() == 0) {
            throw EducationMessages.TEXT.conflict("certificate.noHours", hours.memberName(), year);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(CertificateDocument.of(hours, locale, LocalDate.now(ISSUED_IN)), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Languages.isEnglish(locale) ? "Certificate of study " + year + " " + hours.memberName()
                : hours.memberName() + year + "年度学习培训证明";
        return new File(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.extension(), out.toByteArray());
    }
}
