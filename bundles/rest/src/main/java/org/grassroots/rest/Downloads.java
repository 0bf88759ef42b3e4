package org.grassroots.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;

/** File downloads the way browsers and Excel expect them, for every module's exports and templates. */
public final class Downloads {
    private Downloads() {
    }

    /**
     * A 200 answer streaming {@code body} as an attachment named {@code baseName.<extension>}. CSV is
     * declared UTF-8 (the writer adds the BOM Excel needs). Check scope and permissions before calling:
     * once the body streams, an error can only break the download.
     */
    public static Response attachment(StreamingOutput body, FileFormat format, String baseName) {
        String type = format.mediaType() + (format == FileFormat.CSV ? "; charset=UTF-8" : "");
        String fileName = baseName + "." + format.extension();
        return Response.ok(body, type).header("Content-Disposition", contentDisposition(fileName)).build();
    }

    /** RFC 6266: an ASCII fallback for old clients plus the UTF-8 name, so 村名.xlsx arrives as 村名.xlsx. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
