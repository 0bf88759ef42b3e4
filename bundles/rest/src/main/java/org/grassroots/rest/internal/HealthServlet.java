package org.grassroots.rest.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.grassroots.core.api.HealthIndicator;
import org.grassroots.core.api.text.Message;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/health}: 200 with {@code "status":"UP"} when every {@link HealthIndicator} is fine,
 * 503 naming the failing parts ({@code DOWN}, no reason: that is in the log) otherwise, plus the {@code notices} a
 * part offers anyone (e.g. a database newer than the release, in Chinese and English). Needs no login, so
 * load balancers can poll it.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/health",
        "osgi.http.whiteboard.servlet.name=grassroots-health" })
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);
    private final transient ObjectMapper mapper = new ObjectMapper();
    /** The last problem text reported per check, so the log says it once per change. */
    private final transient Map<String, String> problems = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final transient List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Report report = report(indicators, problems);
        response.setStatus(report.up() ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.up() ? "UP" : "DOWN");
        body.put("checks", report.checks());
        Map<String, Map<String, String>> notices = notices(indicators);
        if (!notices.isEmpty()) {
            body.put("notices", notices);
        }
        mapper.writeValue(response.getOutputStream(), body);
    }

    /** The texts parts offer to anyone ({@link HealthIndicator#notice()}), in Chinese and English, by part. */
    static Map<String, Map<String, String>> notices(List<HealthIndicator> indicators) {
        Map<String, Map<String, String>> notices = new TreeMap<>();
        for (HealthIndicator indicator : indicators) {
            try {
                Message notice = indicator.notice();
                if (notice != null) {
                    notices.put(indicator.name(), Map.of("zh-CN", notice.chinese(), "en", notice.english()));
                }
            } catch (RuntimeException e) {
                // the check itself reports the failure
            }
        }
        return notices;
    }

    record Report(boolean up, Map<String, String> checks) {
    }

    /**
     * Each part answers only UP or DOWN: the endpoint needs no sign-in, so the reason (exception and database
     * text, which name tables, drivers and hosts) goes to the log, once each time it changes, never to the answer.
     */
    static Report report(List<HealthIndicator> indicators, Map<String, String> lastProblems) {
        Map<String, String> checks = new TreeMap<>();
        boolean up = !indicators.isEmpty();
        for (HealthIndicator indicator : indicators) {
            String problem;
            try {
                problem = indicator.problem();
            } catch (RuntimeException e) {
                problem = e.toString();
            }
            String name = indicator.name();
            String previous = problem == null ? lastProblems.remove(name) : lastProblems.put(name, problem);
            if (problem != null && !problem.equals(previous)) {
                LOG.warn("Health check '{}' is DOWN: {}", name, problem);
            } else if (problem == null && previous != null) {
                LOG.info("Health check '{}' is UP again", name);
            }
            checks.put(name, problem == null ? "UP" : "DOWN");
            up &= problem == null;
        }
        if (indicators.isEmpty()) {
            checks.put("core", "DOWN");
        }
        return new Report(up, checks);
    }
}
