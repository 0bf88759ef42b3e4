package org.grassroots.rest.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.servlet.ServletContainer;
import org.grassroots.core.api.security.Authenticator;
import org.grassroots.core.api.security.Caller;

/**
 * The servlet registered at {@code /api/<module>/*}. It delegates to a Jersey container that can be
 * replaced while requests are running: requests that already hold the old container finish on it.
 */
final class ModuleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final String module;
    private final transient Supplier<Authenticator> authenticator;
    private final transient Supplier<ClientAddress> clientAddress;
    private final AtomicReference<ServletContainer> current = new AtomicReference<>();
    private transient ModuleApplication pending;
    private transient ServletConfig servletConfig;

    private final transient StorageWatch storage;

    ModuleServlet(String module, ModuleApplication application, Supplier<Authenticator> authenticator,
                  Supplier<ClientAddress> clientAddress, StorageWatch storage) {
        this.storage = storage;
        this.module = module;
        this.clientAddress = clientAddress;
        this.authenticator = authenticator;
        this.pending = application;
    }

    @Override
    public synchronized void init(ServletConfig config) throws ServletException {
        super.init(config);
        this.servletConfig = config;
        if (pending != null) {
            current.set(start(pending));
            pending = null;
        }
    }

    synchronized void swap(ModuleApplication application) {
        if (servletConfig == null) {
            pending = application;
            return;
        }
        try {
            ServletContainer old = current.getAndSet(start(application));
            if (old != null) {
                old.destroy();
            }
        } catch (ServletException e) {
            throw new IllegalStateException("Could not start the REST application of module " + module, e);
        }
    }

    private ServletContainer start(ModuleApplication application) throws ServletException {
        ServletContainer container = new ServletContainer(application.toResourceConfig());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jersey and HK2 look up some of their own services through the context class loader
        thread.setContextClassLoader(ModuleServlet.class.getClassLoader());
        try {
            container.init(servletConfig);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return container;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        RequestLanguage.bind(request.getHeader("Accept-Language"));
        try {
            serve(request, response);
        } finally {
            RequestLanguage.unbind();
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ServletContainer container = current.get();
        if (container == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, RequestLanguage.text("gate.moduleStarting", module));
            return;
        }
        Authenticator gate = authenticator.get();
        Caller caller = RequestGate.admit(module, request, response, gate, clientAddress.get(), storage);
        if (caller == null) {
            return;
        }
        if (!RequestGate.storageAdmits(module, request, response, storage)) {
            return;
        }
        if (!BodyLimit.accept(request, response)) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ModuleServlet.class.getClassLoader());
        try {
            gate.callAs(caller, () -> {
                container.service(BodyLimit.counting(request), response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public synchronized void destroy() {
        ServletContainer container = current.getAndSet(null);
        if (container != null) {
            container.destroy();
        }
    }
}
