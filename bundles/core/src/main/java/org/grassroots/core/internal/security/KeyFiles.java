package org.grassroots.core.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secret keys kept outside the database, in files readable by the platform's user only. A missing file is
 * generated (random bytes, Base64) on first start; nodes of one platform share it by copying the file.
 */
final class KeyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    static Path resolve(String configured) {
        Path path = Paths.get(configured);
        if (path.isAbsolute()) {
            return path;
        }
        return Paths.get(System.getProperty("karaf.etc", "etc")).resolve(path).toAbsolutePath();
    }

    /** The key in {@code file}, created with {@code length} random bytes when the file does not exist. */
    static byte[] loadOrCreate(Path file, int length) {
        try {
            if (!Files.exists(file)) {
                create(file, length);
            }
            byte[] key = Base64.getMimeDecoder().decode(Files.readString(file).trim());
            if (key.length < length) {
                throw new IllegalStateException("Key file " + file + " holds " + key.length + " bytes; " + length
                        + " are needed");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void create(Path file, int length) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[length];
        new SecureRandom().nextBytes(key);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException anotherNodeOrThread) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + System.lineSeparator(),
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.setPosixFilePermissions(file, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the etc/ folder's ACL applies
        }
        LOG.warn("Generated a new secret key in {} (readable by this user only). Back it up; copy it to every node "
                + "of this platform.", file);
    }
}
