package org.grassroots.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class StaticResourceTest {
    @Test
    void scriptsAreJavaScriptAndLargeTextIsGzipped() throws IOException {
        byte[] script = "export default {};\n".repeat(100).getBytes(UTF_8);
        StaticResource resource = StaticResource.of("console/assets/app.js", script);
        assertEquals("text/javascript;charset=UTF-8", resource.contentType());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(resource.gzipped()))) {
            assertArrayEquals(script, in.readAllBytes());
        }
        assertNull(StaticResource.of("x.png", new byte[2048]).gzipped(), "images are not compressed again");
        assertNull(StaticResource.of("a.js", "tiny".getBytes(UTF_8)).gzipped(), "tiny files are sent as they are");
    }

    @Test
    void theEtagFollowsTheContent() {
        String a = StaticResource.of("a.css", "a{}".getBytes(UTF_8)).etag();
        assertEquals(a, StaticResource.of("b.css", "a{}".getBytes(UTF_8)).etag());
        assertNotEquals(a, StaticResource.of("a.css", "b{}".getBytes(UTF_8)).etag());
        assertTrue(a.startsWith("\"") && a.endsWith("\""));
    }

    @Test
    void acceptEncodingIsReadWithQualities() {
        assertTrue(StaticResource.accepts("gzip, deflate, br", "gzip"));
        assertTrue(StaticResource.accepts("br;q=1.0, gzip;q=0.8", "gzip"));
        assertFalse(StaticResource.accepts("gzip;q=0", "gzip"));
        assertFalse(StaticResource.accepts("br", "gzip"));
        assertFalse(StaticResource.accepts(null, "gzip"));
    }

    @Test
    void problemDetailsAreEscaped() {
        assertEquals("a\\\"b\\\\c\\n", ProblemResponses.jsonEscape("a\"b\\c\n"));
    }
}
