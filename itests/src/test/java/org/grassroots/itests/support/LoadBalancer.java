package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of several platform nodes on 127.0.0.1, configured as docs/deployment-guide.md shows for a
 * city (one upstream, passive health checks, idempotent requests tried on the next node): the load balancer the
 * cluster tests talk to. Runs in the foreground of a child process with its own prefix directory, so nothing of the
 * machine's nginx (if any) is used or touched; {@link #close()} ends it.
 *
 * <p>Missing nginx skips a test; {@code GRASSROOTS_ITESTS_NGINX=required} ({@code .ci/run} sets it after installing
 * the package) makes it a failure.
 */
public final class LoadBalancer implements AutoCloseable {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private final Path prefix;
    private final int port;
    private final Process process;

    private LoadBalancer(Path prefix, int port, Process process) {
        this.prefix = prefix;
        this.port = port;
        this.process = process;
    }

    /** The nginx binary, or null. */
    public static Path binary() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Whether a missing nginx fails the tests rather than skipping them. */
    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv().getOrDefault("GRASSROOTS_ITESTS_NGINX", ""));
    }

    /**
     * Starts nginx on a free port of 127.0.0.1, passing every request to the nodes listening on {@code nodePorts}
     * (round robin), and waits until it listens.
     */
    public static LoadBalancer start(Path prefix, List<Integer> nodePorts) throws IOException {
        Path nginx = binary();
        if (nginx == null) {
            throw new IllegalStateException("nginx is not installed (apt-get install nginx)");
        }
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        int port = District.freePort();
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, configuration(prefix, port, nodePorts), UTF_8);
        Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", config.toString(),
                "-e", prefix.resolve("logs/error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/console.log").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(prefix, port, process);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended at once: " + balancer.log());
            }
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return balancer;
            } catch (IOException notYet) {
                Api.sleep(100);
            }
        }
        balancer.close();
        throw new IllegalStateException("nginx does not listen on " + port + ": " + balancer.log());
    }

    /**
     * The deployment guide's upstream: a node that refuses a connection or times out is left alone for 10 s
     * ({@code max_fails=1 fail_timeout=10s}); a request nginx could not deliver goes to the next node, and so does an
     * idempotent one whose node failed on it (nginx never repeats a POST that reached a node: its client decides).
     */
    static String configuration(Path prefix, int port, List<Integer> nodePorts) {
        String servers = nodePorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String temp = prefix.resolve("temp").toString();
        // as root nginx would hand its workers to "nobody", who may not write this prefix
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                  log_format upstream '$remote_addr "$request" $status $upstream_addr $upstream_status';
                  access_log %1$s/logs/access.log upstream;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream grassroots {
                %3$s
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    client_max_body_size 20m;
                    location / {
                      proxy_pass http://grassroots;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      proxy_next_upstream error timeout http_502 http_504;
                    }
                  }
                }
                """.formatted(prefix, temp, servers, port);
    }

    public int port() {
        return port;
    }

    /** A client of the cluster through this load balancer (anonymous, like {@code new Api(port)}). */
    public Api api() {
        return new Api(port);
    }

    /** The upstream each request went to, one line per request. */
    public List<String> accessLog() throws IOException {
        Path file = prefix.resolve("logs/access.log");
        return Files.exists(file) ? Files.readAllLines(file, UTF_8) : List.of();
    }

    private String log() {
        try {
            return Files.readString(prefix.resolve("logs/error.log"), UTF_8)
                    + Files.readString(prefix.resolve("logs/console.log"), UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
