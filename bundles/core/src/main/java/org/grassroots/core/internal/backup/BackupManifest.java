package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The two files that describe a backup folder: {@code manifest.json} (when, which versions, every table's rows and
 * hash, every file's size and SHA-256) and {@code SHA256SUMS} (the same checksums in the format {@code sha256sum -c}
 * reads, which the restore script checks before it touches anything). The manifest is written last, under a
 * temporary name first, so a folder with a manifest is a complete backup.
 */
final class BackupManifest {
    static final String MANIFEST = "manifest.json";
    static final String CHECKSUMS = "SHA256SUMS";
    /** The fingerprint of the personal-data key, in sha256sum's format, for the restore script ("-" when none). */
    static final String KEY_FINGERPRINT = "personal-data.key.sha256";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BackupManifest() {
    }

    /** A file of the backup: path relative to the folder (with /), size, SHA-256. */
    record FileSum(String path, long bytes, String sha256) {
    }

    /** Every file below {@code folder}, sorted by path. */
    static List<FileSum> checksums(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            List<FileSum> sums = new java.util.ArrayList<>();
            for (Path file : regular) {
                sums.add(new FileSum(folder.relativize(file).toString().replace('\\', '/'), Files.size(file), sha256(file)));
            }
            return sums;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = TableDigests.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Writes SHA256SUMS and then the manifest; {@code facts} come first in the manifest, in their order. */
    static void write(Path folder, Map<String, Object> facts, DatabaseCopier.Copy copy, List<FileSum> files,
                      String keyFingerprint) throws IOException {
        Files.writeString(folder.resolve(KEY_FINGERPRINT), keyFingerprint + "  personal-data.key\n", StandardCharsets.UTF_8);
        StringBuilder sums = new StringBuilder();
        Map<String, Object> fileFacts = new TreeMap<>();
        long bytes = 0;
        for (FileSum file : files) {
            sums.append(file.sha256()).append("  ").append(file.path()).append('\n');
            fileFacts.put(file.path(), Map.of("bytes", file.bytes(), "sha256", file.sha256()));
            bytes += file.bytes();
        }
        Files.writeString(folder.resolve(CHECKSUMS), sums, StandardCharsets.UTF_8);
        long rows = copy.tables().values().stream().mapToLong(TableDigests.TableDigest::rows).sum();
        Map<String, Object> manifest = new LinkedHashMap<>(facts);
        manifest.put("database", copy.product());
        manifest.put("schemaVersions", copy.schemaVersions());
        manifest.put("totals", Map.of("tables", copy.tables().size(), "rows", rows, "files", files.size(), "bytes", bytes));
        manifest.put("tables", copy.tables());
        manifest.put("files", fileFacts);
        manifest.put("restore", copy.restore());
        Path temporary = folder.resolve(MANIFEST + ".part");
        JSON.writeValue(temporary.toFile(), manifest);
        Files.move(temporary, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest of a backup folder, or null when there is none (an incomplete or foreign folder). */
    static JsonNode read(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
