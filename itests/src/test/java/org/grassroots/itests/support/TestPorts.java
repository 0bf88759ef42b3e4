package org.grassroots.itests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the platforms the tests start (HTTP, SSH, RMI), taken below the kernel's ephemeral range (32768 and up on
 * Linux) from a block that this JVM holds alone.
 * <p>
 * Why not {@code new ServerSocket(0)}: that port comes from the ephemeral range and is only bound by Karaf tens of
 * seconds later. Meanwhile the other test JVM's tests open thousands of client connections, each on an ephemeral port,
 * and start platforms of their own from the same range; a port taken in that window leaves one platform without its
 * HTTP port, or two tests talking to one platform. Below the range no client connection takes a port.
 * <p>
 * Why a lock file per block: every JVM that starts platforms (the two failsafe forks, and the Pax Exam containers whose
 * tests start platforms of their own) must hand out ports no other JVM hands out, even before either has bound them.
 * The blocks were once chosen by failsafe's fork number ({@code ${surefire.forkNumber}} in the system properties), but
 * that arrived empty, every JVM took the first block, and two JVMs gave the same ports to two platforms: a restored
 * instance's tests then talked to the browser suite's district (CI of 5 Dec 2026, RestartPersistenceIT: "Address
 * already in use" in the restored instance's log). A JVM now claims the first block whose lock file in the temporary
 * directory no other process holds, and holds it until it exits; two builds on one machine stay apart the same way.
 */
final class TestPorts {
    /**
     * The directory of the lock files, passed into the Pax Exam containers: Karaf gives its JVM a temporary directory
     * of its own, and a container must claim its block among the same locks as every other JVM.
     */
    static final String LOCKS_PROPERTY = "grassroots.itests.portLocks";
    private static final int FIRST = 20_000;
    private static final int BLOCK = 1_500;
    /** 20000..31999: below the ephemeral range. */
    private static final int BLOCKS = 8;

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(BLOCK));
    private static int blockStart = -1;
    /** Held until the JVM exits: the lock says the block is this JVM's. */
    @SuppressWarnings("unused")
    private static FileLock claim;

    private TestPorts() {
    }

    /** A port nobody listens on now and no other JVM hands out, never handed out twice by this JVM while the block lasts. */
    static synchronized int next() {
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
        if (blockStart < 0) {
            Path locks = locks();
            try {
                Files.createDirectories(locks);
                for (int block = 0; block < BLOCKS && blockStart < 0; block++) {
                    FileChannel channel = FileChannel.open(locks.resolve("block-" + block + ".lock"),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock();
                    if (lock == null) {
                        channel.close();
                    } else {
                        claim = lock;
                        blockStart = FIRST + block * BLOCK;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("claiming a block of test ports in " + locks + " failed", e);
            }
            if (blockStart < 0) {
                throw new IllegalStateException("all " + BLOCKS + " blocks of test ports are held by other processes ("
                        + locks + "): too many test JVMs on this machine");
            }
        }
        return blockStart;
    }

    /** Where the blocks' lock files are: the machine's temporary directory, or the one the test JVM passed on. */
    static Path locks() {
        String given = System.getProperty(LOCKS_PROPERTY);
        return given != null ? Path.of(given) : Path.of(System.getProperty("java.io.tmpdir"), "grassroots-itest-ports");
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
