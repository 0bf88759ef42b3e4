package org.grassroots.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Puts {@link ContainerErrors} in place of Jetty's server-wide error handler. Pax Web adds every
 * {@link Handler} service to its server's handlers and gives it the server; this one handles no request
 * (it leaves each one to the contexts), it only swaps the error handler when the server starts it (doing so
 * earlier, in {@code setServer}, kept the district's HTTP port from opening) and puts Jetty's back when the
 * bundle stops.
 */
@Component(service = Handler.class)
public class ContainerErrorsInstaller extends AbstractHandler {
    private volatile Server installedOn;

    /** Swaps the error handler once the server starts this handler, never while Pax Web is still assembling it. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        try {
            if (server != null && !(server.getErrorHandler() instanceof ContainerErrors)) {
                ContainerErrors errors = new ContainerErrors();
                errors.setServer(server);
                server.setErrorHandler(errors);
                installedOn = server;
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ContainerErrorsInstaller.class)
                    .warn("Container errors keep Jetty's pages: {}", e.toString());
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // not a request handler: see the class comment
    }

    @Deactivate
    void deactivate() {
        Server server = installedOn;
        if (server != null && server.getErrorHandler() instanceof ContainerErrors) {
            server.setErrorHandler(new ErrorHandler());
        }
        installedOn = null;
    }
}
