package org.grassroots.core.internal.files;

import java.util.Optional;

/**
 * The file name a client gives is shown and used for downloads only. It must be a plain name: no folders (a
 * browser may send {@code C:\fakepath\x.pdf}, so only the last segment is kept), no control characters.
 */
public final class FileNames {
    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The cleaned name, or empty when nothing usable is left. */
    public static Optional<String> clean(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String name = given.trim();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }
}
