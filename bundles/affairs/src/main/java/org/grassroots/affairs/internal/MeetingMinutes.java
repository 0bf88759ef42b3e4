package org.grassroots.affairs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A held meeting's minutes as a Word (or PDF) file through core's {@link DocumentWriter}: the module brings no
 * document library of its own. Written to memory first, so that a refusal (not visible 404, not held 409, no font
 * 503) answers as a problem instead of breaking a download half way.
 */
@Component(service = MeetingMinutes.class)
public class MeetingMinutes {
    private final Meetings meetings;
    private final MemberService members;
    private final DocumentWriter writer;

    @Activate
    public MeetingMinutes(@Reference Meetings meetings, @Reference MemberService members, @Reference DocumentWriter writer) {
        this.meetings = meetings;
        this.members = members;
        this.writer = writer;
    }

    /** The file's name (without extension) and content. */
    public record File(String name, byte[] content) {
    }

    public File export(long meetingId, DocumentFormat format, Locale locale) {
        Meeting m = meetings.get(meetingId);
        if (!MinutesDocument.printable(m.status())) {
            throw AffairsText.TEXT.conflict("minutes.notHeld", m.id(), m.status().label());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(MinutesDocument.of(m, id -> members.reference(id).map(MemberReference::name).orElse(null), locale),
                    format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(MinutesDocument.fileName(m), out.toByteArray());
    }
}
