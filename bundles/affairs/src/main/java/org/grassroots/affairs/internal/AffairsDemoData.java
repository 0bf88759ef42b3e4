package org.grassroots.affairs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.grassroots.affairs.internal.DemoPlan.DemoMeeting;
import org.grassroots.affairs.internal.terms.TermsDemoData;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the demo district: a year ({@value DemoPlan#YEAR}) of meetings of every Party organization
 * (about 50,000) and the democratic evaluation of every member, as {@link DemoPlan} decides. Written with JDBC
 * batches in one transaction (ids reserved from the module's sequence), so the year loads in seconds; skipped when
 * the year's campaigns are there already. Written into every copy of the demo district alike ({@code demoCopies}: the
 * seeds are the first copy's codes, {@link DemoSeeds}); the module's unique keys hold unit and member ids, which differ
 * per copy already.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class AffairsDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(AffairsDemoData.class);

    private final DataSource dataSource;
    private final OrganizationService organizations;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final FigureCache cache;
    private final TermsDemoData terms;

    @Activate
    public AffairsDemoData(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                           @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema,
                           @Reference OrganizationService organizations, @Reference MemberService members,
                           @Reference ModuleEnablement enablement, @Reference FigureCache cache,
                           @Reference TermsDemoData terms) {
        this.dataSource = dataSource;
        this.organizations = organizations;
        this.members = members;
        this.enablement = enablement;
        this.cache = cache;
        this.terms = terms;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public int contribute(DemoCopy copy) {
        // one copy of core's demo district (济南高新区 and, for the benchmark's city, its copies): other roots (a test's,
        // an operator's) are left alone
        Organization district = copy.district();
        int written = 0;
        try (Connection c = dataSource.getConnection()) {
            if (!loaded(c, copy)) {
                written = load(c, copy);
                cache.invalidate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("affairs demo data: " + e.getMessage(), e);
        }
        enablement.enableUnlessDecided(AffairsModule.ID, district.id());
        return written;
    }

    /** Whether the year's campaigns of the copy's units are there (another copy's do not count). */
    private static boolean loaded(Connection c, DemoCopy copy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM AFF_CAMPAIGN WHERE YEAR_OF = ? AND OPENED_BY = ? AND ORG_PATH LIKE ?")) {
            s.setInt(1, DemoPlan.YEAR);
            s.setString(2, DemoPlan.ACTOR);
            s.setString(3, DemoSeeds.subtree(copy));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private int load(Connection c, DemoCopy copy) throws SQLException {
        long started = System.nanoTime();
        Organization district = copy.district();
        Map<Long, List<Long>> byOrg = new HashMap<>();
        Map<Long, List<Long>> fullByOrg = new HashMap<>();
        members.forEach(MemberQuery.inSubtree(district.id()), m -> {
            byOrg.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m.id());
            if (m.category() == MemberCategory.FULL) {
                fullByOrg.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m.id());
            }
        });
        List<Organization> orgs = organizations.subtree(district.id(), Compliance.SUBTREE_DEPTH).stream()
                .filter(o -> o.partyOrgType() != null && o.partyOrgType().isPartyOrganization()).toList();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (DemoWriter writer = new DemoWriter(c)) {
            for (Organization org : orgs) {
                List<Long> people = byOrg.getOrDefault(org.id(), List.of());
                List<Long> full = fullByOrg.getOrDefault(org.id(), List.of());
                if (people.isEmpty()) {
                    continue; // an organization without members of its own meets through the organizations below it
                }
                Random random = DemoPlan.random(DemoSeeds.code(copy, org));
                for (DemoMeeting m : DemoPlan.meetings(org.partyOrgType(), people, full, random)) {
                    writer.meeting(org, m);
                }
                writer.campaign(org, DemoPlan.ratings(people, random));
                // after the meetings and ratings, so that adding the talks changed none of their draws
                for (DemoPlan.DemoTalk t : DemoPlan.talks(people, org.secretaryId(), random)) {
                    writer.talk(org, t);
                }
            }
            workforce(writer, copy, orgs, fullByOrg);
            writer.flush();
            if (!terms.present(c, copy)) { // written already when the terms' own contributor came first
                terms.write(c, copy, orgs, byOrg, fullByOrg);
            }
            c.commit();
            LOG.info("Affairs demo data: {} meetings, {} ratings, {} talks of {}, {} instructor/specialist assignments in {} ms",
                    writer.meetings, writer.ratings, writer.talks, DemoPlan.YEAR, writer.workers, (System.nanoTime() - started) / 1_000_000);
            return writer.meetings + writer.ratings;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Every street and park has its 党建指导员 (one per 25 Party organizations, each a full member of one of them, the
     * organizations dealt out in code order) and one 党建专员 for its emerging-sector (两新) organizations; about 1 in
     * 40 organizations, founded or taken over late, has nobody yet.
     */
    private void workforce(DemoWriter writer, DemoCopy copy, List<Organization> orgs, Map<Long, List<Long>> full)
            throws SQLException {
        for (Organization street : organizations.children(copy.district().id())) {
            List<Organization> mine = orgs.stream().filter(o -> o.path().startsWith(street.path()))
                    .sorted(java.util.Comparator.comparing(Organization::code)).toList();
            List<Long> instructors = new ArrayList<>();
            for (Organization o : mine) {
                List<Long> people = full.getOrDefault(o.id(), List.of());
                if (!people.isEmpty() && instructors.size() < (mine.size() + 24) / 25) {
                    instructors.add(people.get(0));
                }
            }
            if (instructors.isEmpty()) {
                continue;
            }
            Long specialist = full.getOrDefault(mine.get(mine.size() - 1).id(), instructors).get(0);
            for (int i = 0; i < mine.size(); i++) {
                Organization o = mine.get(i);
                if (Math.floorMod(DemoSeeds.code(copy, o).hashCode(), 40) == 0) {
                    continue;
                }
                writer.worker(instructors.get(i % instructors.size()), WorkerRole.INSTRUCTOR, o);
                if (o.domain() == org.grassroots.core.api.Domain.EMERGING) {
                    writer.worker(specialist, WorkerRole.SPECIALIST, o);
                }
            }
        }
    }

    static Timestamp at(java.time.LocalDate day, int hour) {
        return Timestamp.valueOf(day.atTime(hour, 0));
    }
}
