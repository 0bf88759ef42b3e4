package org.grassroots.web.internal;

import java.util.Optional;

/** Maps a request path to a file inside the bundle and to how long browsers may keep it. */
final class ConsolePaths {
    /** How an answer may be cached. */
    enum Caching {
        /** Always revalidated (ETag): the shell page and the console's own modules change with each build. */
        REVALIDATE("no-cache"),
        /** WebJar paths carry the library version, so a file under one never changes. */
        IMMUTABLE("public, max-age=31536000, immutable");

        final String header;

        Caching(String header) {
            this.header = header;
        }
    }

    record Target(String resourcePath, Caching caching) {
    }

    private ConsolePaths() {
    }

    static Optional<Target> resolve(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return Optional.of(new Target(ConsoleServlet.CONSOLE_ROOT + "/index.html", Caching.REVALIDATE));
        }
        if (path.equals("/screen.html")) {
            // the big screen (大屏): a page of its own, opened on the command centre's display
            return Optional.of(new Target(ConsoleServlet.CONSOLE_ROOT + "/screen.html", Caching.REVALIDATE));
        }
        if (!isSafe(path)) {
            return Optional.empty();
        }
        if (path.startsWith("/assets/")) {
            return Optional.of(new Target(ConsoleServlet.CONSOLE_ROOT + path, Caching.REVALIDATE));
        }
        if (path.startsWith("/webjars/")) {
            return Optional.of(new Target(ConsoleServlet.WEBJARS_ROOT + path.substring("/webjars".length()),
                    Caching.IMMUTABLE));
        }
        return Optional.empty();
    }

    /** Only plain relative file names: no parent or current segments, no backslashes, nothing encoded. */
    static boolean isSafe(String path) {
        if (path.endsWith("/") || path.contains("\\") || path.contains("%") || path.contains("//")) {
            return false;
        }
        for (String segment : path.substring(1).split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
