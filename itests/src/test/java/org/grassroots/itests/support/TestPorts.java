package org.grassroots.itests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the platforms the tests start (HTTP, SSH, RMI), taken below the kernel's ephemeral range (32768 and up on
 * Linux) and in a block of their own per failsafe fork.
 * <p>
 * Why not {@code new ServerSocket(0)}: that port comes from the ephemeral range and is only bound by Karaf tens of
 * seconds later. Meanwhile the other fork's tests open thousands of client connections, each on an ephemeral port, and
 * start platforms of their own from the same range; a port taken in that window leaves one platform without its HTTP
 * port, or two tests talking to one platform. Below the range no client connection takes a port, and a fork never
 * hands out another fork's ports. A random start within the block keeps two builds on one machine apart.
 */
final class TestPorts {
    /** Set by failsafe per test JVM (1, 2, ...); passed on into the containers. */
    static final String FORK_PROPERTY = "grassroots.itests.fork";
    private static final int FIRST = 20_000;
    private static final int BLOCK = 1_500;
    private static final int FORKS = 4;

    private static final AtomicInteger NEXT = new AtomicInteger(-1);

    private TestPorts() {
    }

    /** A port nobody listens on now, never handed out twice by this JVM while the block lasts. */
    static int next() {
        int start = blockStart();
        for (int attempt = 0; attempt < BLOCK; attempt++) {
            int port = start + Math.floorMod(NEXT.getAndIncrement(), BLOCK);
            if (free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + start + ".." + (start + BLOCK - 1));
    }

    private static int blockStart() {
        NEXT.compareAndSet(-1, ThreadLocalRandom.current().nextInt(BLOCK));
        int fork = Integer.getInteger(FORK_PROPERTY, 1);
        // the containers' own platforms (KarafInstance inside a test) take the block after the forks' blocks
        int block = System.getProperty(District.HTTP_PORT_PROPERTY) != null ? FORKS + Math.floorMod(fork - 1, FORKS)
                : Math.floorMod(fork - 1, FORKS);
        return FIRST + block * BLOCK; // 8 blocks: 20000..31999
    }

    /** Free for a listener on every address (Jetty binds the wildcard), without SO_REUSEADDR's leniency. */
    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
