package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf shell commands inside the test container, the way an operator types them. */
public final class KarafShell {
    private KarafShell() {
    }

    /** Runs {@code command} in a fresh session and returns everything it printed (and its result). */
    public static String run(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, UTF_8);
        Session session = sessions.create(System.in, out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(UTF_8);
    }
}
