package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.grassroots.itests.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** DuesIT's helpers: months and dues out of answers, a Word file's text, timings, waiting for the module. */
final class DuesItSupport {
    private static final String DUES = "/api/dues";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private DuesItSupport() {
    }

    /** The median time of seven answers after three warm-ups, so that one slow answer on a busy machine does not count. */
    static long medianMillis(Api api, String path) {
        for (int i = 0; i < 3; i++) {
            api.get(path).expect(200);
        }
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            api.get(path).expect(200);
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    static JsonNode monthOf(JsonNode openResult, long unit) {
        for (JsonNode m : openResult.path("opened")) {
            if (m.path("organizationId").asLong() == unit) {
                return m;
            }
        }
        throw new AssertionError("no month of " + unit + " in " + openResult);
    }

    static Map<Long, JsonNode> dues(Api as, JsonNode month) {
        Map<Long, JsonNode> byMember = new HashMap<>();
        as.get(DUES + "/months/" + id(month) + "/dues?size=100").expect(200).json().path("items")
                .forEach(d -> byMember.put(d.path("memberId").asLong(), d));
        return byMember;
    }

    /** The text of a Word file: its document part without the markup (enough to find names and headings). */
    static String wordText(byte[] docx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the file");
    }

    static void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + SETTLE + ": " + what);
            }
            Api.sleep(100);
        }
    }
}
