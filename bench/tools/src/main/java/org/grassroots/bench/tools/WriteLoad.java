package org.grassroots.bench.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.core.api.IdNumbers;

/**
 * Write throughput: {@code threads} writers each create members ({@code POST /api/core/members}, one audited write
 * and one data-generation bump each, as any change of a secretary) in the given party organization for
 * {@code seconds}, as fast as the answers come. Then every member created is deleted again (not timed), so the data
 * the later measurements read is what it was.
 * <p>
 * Usage: {@code WriteLoad <base url> <organization id> <seconds> <threads> <header: value> <round>}; {@code round}
 * (0..99) keeps the ID numbers of repeated runs apart. Prints one line:
 * {@code writes=.. errors=.. rps=.. p50_ms=.. p99_ms=.. deleted=..}.
 */
public final class WriteLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private WriteLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long organization = Long.parseLong(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int threads = Integer.parseInt(args[3]);
        String[] header = args[4].split(":\\s*", 2);
        int round = Integer.parseInt(args[5]);
        System.setProperty("http.maxConnections", Integer.toString(threads));

        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> created = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    long sent = System.nanoTime();
                    try {
                        Answer answer = send("POST", new URL(base + "/api/core/members"), header,
                                body(organization, round, n));
                        long took = System.nanoTime() - sent;
                        if (answer.status() == 201 || answer.status() == 200) {
                            long[] idVersion = { number(ID, answer.body()), number(VERSION, answer.body()) };
                            synchronized (created) {
                                created.add(idVersion);
                                latencies.add(took);
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
            }, "write-load-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int deleted = 0;
        for (long[] member : created) {
            Answer answer = send("DELETE", new URL(base + "/api/core/members/" + member[0] + "?version=" + member[1]),
                    header, null);
            if (answer.status() / 100 == 2) {
                deleted++;
            }
        }
        System.out.printf("writes=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f deleted=%d%n", created.size(),
                errors.get(), created.size() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99), deleted);
    }

    /** A valid, unused ID number: address code 370199 (none of the demo's), birth dates from 1960 on. */
    private static String body(long organization, int round, int n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(round * 100L + n / 1000);
        int sequence = n % 1000;
        String first17 = "370199" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String idNumber = first17 + IdNumbers.checkCharacter(first17);
        String sex = sequence % 2 == 1 ? "MALE" : "FEMALE";
        return "{\"name\":\"压测党员\",\"sex\":\"" + sex + "\",\"ethnicity\":\"汉族\",\"birthDate\":\"" + birth
                + "\",\"idNumber\":\"" + idNumber + "\",\"education\":\"本科\",\"category\":\"FULL\",\"joinedOn\":\""
                + birth.plusYears(25) + "\",\"fullMemberOn\":\"" + birth.plusYears(26) + "\",\"organizationId\":"
                + organization + ",\"post\":\"党员\",\"status\":\"NORMAL\",\"tags\":[]}";
    }

    private record Answer(int status, String body) {
    }

    private static Answer send(String method, URL url, String[] header, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestMethod(method);
        c.setRequestProperty(header[0], header[1]);
        if (json != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.transferTo(body); // drained so the connection is reused
            }
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static long number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }
}
