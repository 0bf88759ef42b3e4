package org.grassroots.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.grassroots.core.api.HealthIndicator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/health}: 200 with {@code "status":"UP"} when every {@link HealthIndicator} is fine,
 * 503 naming the failing parts otherwise. Needs no login, so load balancers can poll it.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/health",
        "osgi.http.whiteboard.servlet.name=grassroots-health" })
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ObjectMapper mapper = new ObjectMapper();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final transient List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> checks = new TreeMap<>();
        boolean up = !indicators.isEmpty();
        for (HealthIndicator indicator : indicators) {
            String problem;
            try {
                problem = indicator.problem();
            } catch (RuntimeException e) {
                problem = e.toString();
            }
            checks.put(indicator.name(), problem == null ? "UP" : problem);
            up &= problem == null;
        }
        if (indicators.isEmpty()) {
            checks.put("core", "not started");
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), Map.of("status", up ? "UP" : "DOWN", "checks", checks));
    }
}
