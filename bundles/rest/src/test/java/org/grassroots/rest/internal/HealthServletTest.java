package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.HealthIndicator;
import org.junit.jupiter.api.Test;

class HealthServletTest {
    private static HealthIndicator indicator(String name, String problem) {
        return new HealthIndicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String problem() {
                if ("throw".equals(problem)) {
                    throw new IllegalStateException("java.sql.SQLException: Connection refused: db.internal:5432 user grassroots");
                }
                return problem;
            }
        };
    }

    @Test
    void theAnswerSaysUpOrDownButNeverWhy() {
        Map<String, String> last = new HashMap<>();
        HealthServlet.Report report = HealthServlet.report(List.of(
                indicator("database", "database does not answer: Table/View 'CORE_ORGANIZATION' does not exist."),
                indicator("files", "throw"), indicator("modules", null)), last);
        assertFalse(report.up());
        assertEquals(Map.of("database", "DOWN", "files", "DOWN", "modules", "UP"), report.checks());
        String text = report.toString();
        assertFalse(text.contains("CORE_ORGANIZATION") || text.contains("5432") || text.contains("SQLException"), text);
        assertTrue(last.get("database").contains("CORE_ORGANIZATION"), "the reason is kept for the log");
        assertTrue(HealthServlet.report(List.of(indicator("database", null)), last).up());
        assertFalse(HealthServlet.report(List.of(), last).up(), "nothing registered yet: not up");
    }
}
