package org.grassroots.web.internal;

import java.util.Map;

/** Content types of the console's files; ES modules must be served as JavaScript or browsers refuse them. */
final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "mjs", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "map", "application/json");

    private ContentTypes() {
    }

    static String of(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("image/svg");
    }
}
