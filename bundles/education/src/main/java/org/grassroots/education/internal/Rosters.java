package org.grassroots.education.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A session's roster: every member of its target organizations and the units below them, from core (masked
 * records, so no personal data is read), each with their unit and its path for the attendance and credit rows.
 */
@Component(service = Rosters.class)
public class Rosters {
    /** Larger rosters are a district-wide lecture, not a roll call: record those as several sessions. */
    static final int MAX = 3000;
    private static final int PAGE = 500;

    /** One roster member: who, and the unit (with its path) the member belongs to now. */
    record Entry(long memberId, String name, long unitId, String path) {
    }

    private final MemberService members;
    private final ModuleScope scope;

    @Activate
    public Rosters(@Reference MemberService members, @Reference ModuleScopes scopes) {
        this.members = members;
        this.scope = scopes.of(EducationModule.ID);
    }

    /** How many members the target units hold (a unit inside another target counts once). */
    long size(Collection<Long> targets) {
        long total = 0;
        for (Long t : outermost(targets)) {
            total += members.count(MemberQuery.inSubtree(t));
        }
        return total;
    }

    /** The roster in a stable order (by target, then core's order by name), members counted once. */
    Map<Long, Entry> of(Collection<Long> targets) {
        Map<Long, Entry> roster = new LinkedHashMap<>();
        Map<Long, String> paths = new HashMap<>();
        for (Long t : outermost(targets)) {
            for (int page = 0; ; page++) {
                Page<Member> found = members.search(MemberQuery.inSubtree(t), PageRequest.of(page, PAGE));
                for (Member m : found.items()) {
                    String path = paths.computeIfAbsent(m.organizationId(), scope::path);
                    roster.putIfAbsent(m.id(), new Entry(m.id(), m.name(), m.organizationId(), path));
                }
                if (found.items().size() < PAGE || roster.size() > MAX) {
                    break;
                }
            }
        }
        return roster;
    }

    /** The targets that lie in no other target's subtree. */
    private List<Long> outermost(Collection<Long> targets) {
        Map<Long, String> paths = new LinkedHashMap<>();
        targets.forEach(t -> paths.put(t, scope.path(t)));
        List<Long> outer = new ArrayList<>();
        paths.forEach((id, path) -> {
            boolean inside = paths.entrySet().stream().anyMatch(o -> !o.getKey().equals(id) && o.getValue() != null
                    && path != null && path.startsWith(o.getValue()) && !path.equals(o.getValue()));
            if (!inside && path != null) {
                outer.add(id);
            }
        });
        return outer;
    }
}
