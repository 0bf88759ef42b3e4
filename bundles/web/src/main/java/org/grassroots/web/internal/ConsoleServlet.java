package org.grassroots.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the console: {@code /} is the shell page, {@code /assets/*} its ES modules, styles and icons, and
 * {@code /webjars/*} the libraries copied from WebJars into this bundle. Registered as the whiteboard's default
 * servlet, so it answers every path no other servlet claims (the REST applications keep their longer prefixes);
 * an unclaimed {@code /api/...} path gets a problem+json 404 rather than a page.
 * <p>
 * Every answer carries a strict Content-Security-Policy (scripts, styles and connections only from this origin,
 * no inline code), so the console has no inline scripts or event handlers by construction.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.name=grassroots-console" })
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where the console's files lie inside this bundle. */
    static final String CONSOLE_ROOT = "console";
    /** Where WebJars keep their files (the same layout as in the WebJar itself). */
    static final String WEBJARS_ROOT = "META-INF/resources/webjars";

    /** Paths not found that are remembered (least recently asked for go first). */
    private static final int MAX_MISSES = 1000;

    private final transient ResourceCache cache = new ResourceCache(ConsoleServlet::load, MAX_MISSES);

    /** Any method on an unclaimed {@code /api/} path is a 404 problem; elsewhere only GET and HEAD are served. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            SecurityHeaders.apply(response);
            ProblemResponses.notFound(response, "No API is served at " + path
                    + " (the module may not be installed, or it is still starting)");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(response);
        Optional<ConsolePaths.Target> target = ConsolePaths.resolve(path);
        Optional<StaticResource> resource = target.flatMap(t -> cache.get(t.resourcePath()));
        if (resource.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            if (withBody) {
                response.getWriter().write("Not found: " + path + "\n");
            }
            return;
        }
        resource.get().write(request, response, target.get().caching(), withBody);
    }

    private static Optional<StaticResource> load(String resourcePath) {
        URL url = ConsoleServlet.class.getClassLoader().getResource(resourcePath);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(StaticResource.of(resourcePath, in.readAllBytes()));
        } catch (IOException e) {
            // a directory entry or an unreadable file: nothing to serve
            return Optional.empty();
        }
    }
}
