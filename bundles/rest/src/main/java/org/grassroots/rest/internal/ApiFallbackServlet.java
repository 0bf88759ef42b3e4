package org.grassroots.rest.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers every {@code /api/...} path that no module serves (each module's servlet has the longer prefix
 * {@code /api/<module>/}). Without the database core and the modules withdraw their APIs, so their paths land
 * here: while the DataSource is gone the answer is 503 saying so, otherwise 404 (not installed, or still starting).
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/*",
        "osgi.http.whiteboard.servlet.name=grassroots-api-fallback" })
public class ApiFallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StorageWatch storage;

    @Activate
    public ApiFallbackServlet(@Reference StorageWatch storage) {
        this.storage = storage;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestLanguage.bind(request.getHeader("Accept-Language"));
        try {
            if (storage.databaseLost()) {
                RequestGate.writeOutage(response, StorageWatch.Outage.DATABASE_DOWN);
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            RequestGate.write(response, 404, "Not found", RequestLanguage.text("api.none", path));
        } finally {
            RequestLanguage.unbind();
        }
    }
}
