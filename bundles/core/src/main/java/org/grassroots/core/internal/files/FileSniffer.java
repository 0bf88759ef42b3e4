package org.grassroots.core.internal.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.grassroots.core.api.attachment.FileType;

/**
 * Recognises a file's type from its first bytes and structure, never from its name: a renamed executable, an HTML
 * page or an arbitrary ZIP is no accepted type. Office documents are ZIP files; they are told apart by the entry
 * names in their local file headers (read directly, nothing is decompressed, so a ZIP bomb costs nothing).
 */
public final class FileSniffer {
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] ZIP_ENTRY = { 'P', 'K', 3, 4 };
    private static final int ZIP_NAME_LENGTH_OFFSET = 26;
    private static final int ZIP_NAME_OFFSET = 30;

    private FileSniffer() {
    }

    /** The type of {@code bytes}, or empty when it is none of the accepted ones. */
    public static Optional<FileType> sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, JPEG, 0)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(bytes, PNG, 0)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(bytes, PDF, 0)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(bytes, ZIP_ENTRY, 0)) {
            return office(bytes);
        }
        return text(bytes) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    /** A DOCX has {@code word/document.xml}, an XLSX {@code xl/workbook.xml}; both have {@code [Content_Types].xml}. */
    private static Optional<FileType> office(byte[] bytes) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        for (int i = 0; i + ZIP_NAME_OFFSET <= bytes.length; i++) {
            if (!startsWith(bytes, ZIP_ENTRY, i)) {
                continue;
            }
            int length = (bytes[i + ZIP_NAME_LENGTH_OFFSET] & 0xFF) | (bytes[i + ZIP_NAME_LENGTH_OFFSET + 1] & 0xFF) << 8;
            if (i + ZIP_NAME_OFFSET + length > bytes.length) {
                break;
            }
            String name = new String(bytes, i + ZIP_NAME_OFFSET, length, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            word |= name.equals("word/document.xml");
            excel |= name.equals("xl/workbook.xml");
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? FileType.DOCX : FileType.XLSX);
    }

    /** Valid UTF-8 (a BOM allowed) without control characters other than tab, line feed, carriage return, form feed. */
    static boolean text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
