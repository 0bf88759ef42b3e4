package org.grassroots.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.attachment.FileType;
import org.junit.jupiter.api.Test;

class FileSnifferTest {

    @Test
    void recognisesEachAcceptedTypeFromItsBytes() throws IOException {
        assertEquals(Optional.of(FileType.JPEG), FileSniffer.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
        assertEquals(Optional.of(FileType.PNG), FileSniffer.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals(Optional.of(FileType.PDF), FileSniffer.sniff("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(FileType.DOCX), FileSniffer.sniff(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
        assertEquals(Optional.of(FileType.XLSX), FileSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
        assertEquals(Optional.of(FileType.TEXT), FileSniffer.sniff("会议纪要\r\n第一项\t通过\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(FileType.TEXT), FileSniffer.sniff("\uFEFF签到表".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesWhatOnlyItsNameCallsAnAcceptedType() throws IOException {
        // a Windows executable renamed to .pdf, an ELF binary, a plain ZIP, a ZIP naming both Office parts
        assertEquals(Optional.empty(), FileSniffer.sniff(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF)));
        assertEquals(Optional.empty(), FileSniffer.sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0)));
        assertEquals(Optional.empty(), FileSniffer.sniff(zip("readme.txt", "setup.exe")));
        assertEquals(Optional.empty(), FileSniffer.sniff(zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")));
        // text with control characters or invalid UTF-8 is binary
        assertEquals(Optional.empty(), FileSniffer.sniff(bytes('a', 'b', 0, 'c')));
        assertEquals(Optional.empty(), FileSniffer.sniff(bytes('a', 0xC3, 0x28)));
        assertEquals(Optional.empty(), FileSniffer.sniff(new byte[0]));
        assertEquals(Optional.empty(), FileSniffer.sniff(null));
        // a truncated header is not the type it begins like
        assertEquals(Optional.empty(), FileSniffer.sniff(bytes(0x89, 'P', 'N')));
    }

    @Test
    void checkRefusesEmptyOversizedAndUnknownFilesOnTheFileField() {
        ValidationException.Builder refused = ValidationException.builder();
        assertNull(AttachmentStoreImpl.check(new byte[0], 100, refused));
        assertNull(AttachmentStoreImpl.check("x".repeat(101).getBytes(StandardCharsets.UTF_8), 100, refused));
        assertNull(AttachmentStoreImpl.check(bytes('M', 'Z', 0x90, 0, 0, 0), 100, refused));
        List<FieldError> errors = refused.build().errors();
        assertEquals(3, errors.size());
        assertTrue(errors.stream().allMatch(e -> e.field().equals("file")), errors.toString());
        assertTrue(errors.get(1).reason().contains("at most 100"), errors.toString());
        assertTrue(refused.build().errors(org.grassroots.core.api.text.Languages.ZH_CN).get(1).reason()
                .contains("最多 100"), refused.build().errors(org.grassroots.core.api.text.Languages.ZH_CN).toString());
        ValidationException.Builder fine = ValidationException.builder();
        assertEquals(FileType.TEXT, AttachmentStoreImpl.check("x".repeat(100).getBytes(StandardCharsets.UTF_8), 100, fine));
        assertTrue(fine.isEmpty());
    }

    @Test
    void fileNamesKeepOnlyTheLastSegmentAndRefuseControlCharacters() {
        assertEquals(Optional.of("纪要.pdf"), FileNames.clean("C:\\fakepath\\纪要.pdf"));
        assertEquals(Optional.of("a.png"), FileNames.clean("../../etc/a.png"));
        assertEquals(Optional.empty(), FileNames.clean("a\u0000.pdf"));
        assertEquals(Optional.empty(), FileNames.clean("dir/"));
        assertEquals(Optional.empty(), FileNames.clean(".."));
        assertEquals(Optional.empty(), FileNames.clean("x".repeat(256)));
        assertEquals(Optional.empty(), FileNames.clean(null));
    }

    @Test
    void sha256IsHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AttachmentStoreImpl.sha256(new byte[0]));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
