package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.activity.ActivityKind;
import org.grassroots.core.api.activity.MemberActivitySource;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hours of the position events members signed in to (with the event's code, on their phone), for the modules that
 * credit them (education's study points): an event counts its length from start to end, at most
 * {@link #MAX_HOURS_PER_EVENT}, in the year it started. Attendance rows do not keep the member's unit, so the subtree is
 * that of the member's organization today, as core tells it.
 */
@Component(service = MemberActivitySource.class)
public class PositionEventActivity implements MemberActivitySource {
    /** A day's activity: an event entered with a wrong end (a week instead of an hour) must not earn a week of points. */
    static final int MAX_HOURS_PER_EVENT = 8;

    private final JpaTemplate jpa;
    private final MemberService members;

    @Activate
    public PositionEventActivity(@Reference(target = PositionModule.UNIT) JpaTemplate jpa,
                                 @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                                 @Reference MemberService members) {
        this.jpa = jpa;
        this.members = members;
    }

    @Override
    public String module() {
        return PositionModule.ID;
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.POSITION_EVENT;
    }

    @Override
    public Map<Long, BigDecimal> hours(String subtreePath, int year) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a.memberId, e.startsAt, e.endsAt"
                        + " FROM AttendanceEntity a, EventEntity e WHERE a.eventId = e.id AND a.signedInAt IS NOT NULL"
                        + " AND e.startsAt >= :from AND e.startsAt < :to", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList()).forEach(row -> hours.merge((Long) row[0],
                eventHours((LocalDateTime) row[1], (LocalDateTime) row[2]), BigDecimal::add));
        if (subtreePath == null || "/".equals(subtreePath)) {
            return hours;
        }
        hours.keySet().removeIf(member -> !members.reference(member).map(MemberReference::path)
                .filter(path -> path.startsWith(subtreePath)).isPresent());
        return hours;
    }

    /** An event's length in hours, to a tenth, between zero and {@link #MAX_HOURS_PER_EVENT}. */
    static BigDecimal eventHours(LocalDateTime startsAt, LocalDateTime endsAt) {
        long minutes = Math.max(0, Math.min(Duration.between(startsAt, endsAt).toMinutes(), MAX_HOURS_PER_EVENT * 60L));
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
