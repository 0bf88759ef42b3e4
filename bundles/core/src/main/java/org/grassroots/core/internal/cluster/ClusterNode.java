package org.grassroots.core.internal.cluster;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * This platform node's name among the nodes that share one database: {@code nodeId} in
 * {@code etc/org.grassroots.core.cfg}, by default the host name and the HTTP port ({@code db1.example.org:8181}), which
 * tells apart two nodes on one machine too. Names what a node records about itself (its state of the module set).
 */
@Component(service = ClusterNode.class, configurationPid = "org.grassroots.core",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ClusterNode {
    /** The HTTP service's runtime (by name: core does not import the package), whose endpoints carry the port. */
    private static final String HTTP_RUNTIME = "org.osgi.service.http.runtime.HttpServiceRuntime";

    /** This node's name among the nodes on one database; empty: host name and HTTP port. */
    public @interface Config {
        String nodeId() default "";
    }

    private final BundleContext context;
    private final String configured;
    private volatile String id;

    @Activate
    public ClusterNode(BundleContext context, Config config) {
        this.context = context;
        this.configured = config.nodeId() == null ? "" : config.nodeId().trim();
    }

    /** The node's id; computed once, when first asked (the HTTP service has started by then). */
    public String id() {
        String known = id;
        if (known == null) {
            known = configured.isEmpty() ? hostName() + ":" + port() : configured;
            known = known.length() > 200 ? known.substring(0, 200) : known;
            id = known;
        }
        return known;
    }

    private String port() {
        String property = context.getProperty("org.osgi.service.http.port");
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        ServiceReference<?> runtime = context.getServiceReference(HTTP_RUNTIME);
        Object endpoints = runtime == null ? null : runtime.getProperty("osgi.http.endpoint");
        String port = endpoints == null ? null : portOf(endpoints);
        if (port != null) {
            return port;
        }
        // no port to tell two nodes of one machine apart: the installation's directory does
        String home = context.getProperty("karaf.base");
        return home == null ? "0" : Path.of(home).toAbsolutePath().toString();
    }

    /** The port of the first endpoint URL, e.g. {@code http://0.0.0.0:8181/}; null without one. */
    static String portOf(Object endpoints) {
        Object first = endpoints instanceof String[] list ? (list.length == 0 ? null : list[0])
                : endpoints instanceof java.util.Collection<?> list ? list.stream().findFirst().orElse(null) : endpoints;
        if (first == null) {
            return null;
        }
        try {
            int port = URI.create(first.toString().trim()).getPort();
            return port > 0 ? Integer.toString(port) : null;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
