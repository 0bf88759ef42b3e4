package org.grassroots.core.internal.schema;

import java.util.Map;
import java.util.stream.Collectors;

import org.grassroots.core.api.HealthIndicator;
import org.grassroots.core.api.text.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Down while a bundle refused its tables because the database is newer than the code ({@link SchemaVersionGuard}).
 * It needs nothing but itself, so it answers even when core's other components never started; its notice is safe
 * to show without sign-in (it names a table history and versions, no host, driver or data).
 */
@Component
public class SchemaHealth implements HealthIndicator {

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public String problem() {
        Message notice = notice();
        return notice == null ? null : notice.english();
    }

    @Override
    public Message notice() {
        Map<String, Message> refusals = SchemaVersionGuard.refusals();
        if (refusals.isEmpty()) {
            return null;
        }
        return locale -> refusals.values().stream().map(m -> m.in(locale)).collect(Collectors.joining("\n"));
    }
}
