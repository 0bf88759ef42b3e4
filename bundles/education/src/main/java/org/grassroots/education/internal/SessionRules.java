package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What a session and its attendance must satisfy (422 naming every refused field). */
@Component(service = SessionRules.class)
public class SessionRules {
    static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    static final BigDecimal MAX_HOURS = new BigDecimal("40");
    static final int MAX_TARGETS = 50;

    private final ModuleScope scope;
    private final Rosters rosters;

    @Activate
    public SessionRules(@Reference ModuleScopes scopes, @Reference Rosters rosters) {
        this.scope = scopes.of(EducationModule.ID);
        this.rosters = rosters;
    }

    void validate(EntityManager em, Organization unit, SessionDraft d) {
        FieldErrors errors = fields(d);
        if (d.programId() != null) {
            ProgramEntity p = em.find(ProgramEntity.class, d.programId());
            if (p == null || !scope.inScope(p.unitId) || !unit.path().startsWith(p.orgPath)) {
                errors.add("programId", "session.program", d.programId());
            }
        }
        if (d.siteId() != null) {
            SiteEntity s = em.find(SiteEntity.class, d.siteId());
            if (s == null || !scope.inScope(s.unitId) || s.status != SiteStatus.APPROVED) {
                errors.add("siteId", "session.site", d.siteId());
            }
        }
        if (d.routeId() != null) {
            RouteEntity r = em.find(RouteEntity.class, d.routeId());
            if (r == null || !scope.inScope(r.unitId) || r.status != RouteStatus.PUBLISHED) {
                errors.add("routeId", "session.route", d.routeId());
            }
        }
        List<Long> targets = d.targetUnitIds() == null ? List.of() : d.targetUnitIds();
        for (int i = 0; i < targets.size() && i < MAX_TARGETS; i++) {
            Long t = targets.get(i);
            String path = t == null ? null : scope.path(t);
            if (t == null || path == null || !scope.inScope(t)) {
                errors.add("targetUnitIds[" + i + "]", "session.targetUnknown", t);
            } else if (!path.startsWith(unit.path())) {
                errors.add("targetUnitIds[" + i + "]", "session.targetOutside", scope.name(t), unit.name());
            }
        }
        if (!errors.has("targetUnitIds") && errors.fields().stream().noneMatch(f -> f.startsWith("targetUnitIds"))) {
            long size = rosters.size(new LinkedHashSet<>(targets));
            if (size > Rosters.MAX) {
                errors.add("targetUnitIds", "session.rosterTooLarge", size, Rosters.MAX);
            }
        }
        errors.throwIfAny();
    }

    /** The checks that need nothing but the draft (unit tests call them directly). */
    static FieldErrors fields(SessionDraft d) {
        FieldErrors errors = new FieldErrors();
        if (Texts.isBlank(d.title()) || TextFields.tooLong(d.title(), 200)) {
            errors.add("title", "text.required", 200);
        }
        if (d.startsAt() == null) {
            errors.add("startsAt", "session.startsAt");
        } else if (d.startsAt().getYear() < 2000 || d.startsAt().isAfter(LocalDateTime.now().plusYears(2))) {
            errors.add("startsAt", "session.startsAtRange");
        }
        if (d.endsAt() == null || d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add("endsAt", "session.endsAt");
        } else if (d.startsAt() != null && d.endsAt().isAfter(d.startsAt().plusDays(3))) {
            errors.add("endsAt", "session.tooLong");
        }
        if (d.siteId() != null && d.routeId() != null) {
            errors.add("routeId", "session.siteOrRoute");
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > Rosters.MAX) {
            errors.add("capacity", "number.range", 1, Rosters.MAX);
        }
        BigDecimal h = d.creditedHours();
        if (h == null || h.compareTo(MIN_HOURS) < 0 || h.compareTo(MAX_HOURS) > 0
                || h.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.add("creditedHours", "session.hours", MIN_HOURS, MAX_HOURS);
        }
        List<Long> targets = d.targetUnitIds() == null ? List.of() : d.targetUnitIds();
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            errors.add("targetUnitIds", "session.targets", MAX_TARGETS);
        }
        return errors;
    }

    /**
     * Every roster member's mark: present, excused or (everyone else) absent. Members not on the roster, a member in
     * both lists and more members present than the session's capacity are refused.
     */
    static Map<Long, AttendanceStatus> marks(Collection<Long> roster, AttendanceDraft draft, int capacity) {
        List<Long> present = draft.present() == null ? List.of() : draft.present();
        List<Long> excused = draft.excused() == null ? List.of() : draft.excused();
        Set<Long> known = new HashSet<>(roster);
        FieldErrors errors = new FieldErrors();
        check(present, "present", known, errors);
        check(excused, "excused", known, errors);
        Set<Long> both = new HashSet<>(present);
        both.retainAll(new HashSet<>(excused));
        if (!both.isEmpty()) {
            errors.add("excused", "attendance.both", both.stream().sorted().toList());
        }
        if (new HashSet<>(present).size() > capacity) {
            errors.add("present", "attendance.capacity", new HashSet<>(present).size(), capacity);
        }
        errors.throwIfAny();
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        roster.forEach(m -> marks.put(m, AttendanceStatus.ABSENT));
        excused.forEach(m -> marks.put(m, AttendanceStatus.EXCUSED));
        present.forEach(m -> marks.put(m, AttendanceStatus.PRESENT));
        return marks;
    }

    private static void check(List<Long> ids, String field, Set<Long> roster, FieldErrors errors) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !roster.contains(ids.get(i))) {
                errors.add(field + "[" + i + "]", "attendance.notOnRoster", ids.get(i));
            }
        }
    }
}
