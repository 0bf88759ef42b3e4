package org.grassroots.affairs.internal.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.DemoSeeds;
import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoGrading;
import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoReport;
import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoSession;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo district's assessment of {@value AssessmentDemoPlan#YEAR}: every street and park runs a 述职评议 round and a
 * 分类定等 round (星级, five criteria) over the Party organizations below it, the district runs both over the rest (the
 * streets and parks themselves, graded 先进/较好/一般/后进), as {@link AssessmentDemoPlan} decides; every street and
 * park holds its capability sessions. Written with JDBC batches in one transaction after the module's meetings
 * (order 126); skipped when the year's rounds exist. Every copy of the demo district ({@code demoCopies}) gets the
 * same assessment, checked and written per copy, seeded with the first copy's codes ({@link DemoSeeds}).
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class AssessmentDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentDemoData.class);
    private static final int KEPT_PER_ORGANIZATION = 4;
    private static final int JUDGES = 5;

    private final DataSource dataSource;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public AssessmentDemoData(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                              @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema,
                              @Reference OrganizationService organizations, @Reference MemberService members) {
        this.dataSource = dataSource;
        this.organizations = organizations;
        this.members = members;
    }

    @Override
    public int order() {
        return 126;
    }

    @Override
    public int contribute(DemoCopy copy) {
        try (Connection c = dataSource.getConnection()) {
            return loaded(c, copy) ? 0 : load(c, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("affairs assessment demo data: " + e.getMessage(), e);
        }
    }

    /** Whether the year's rounds of the copy's units are there (another copy's do not count). */
    private static boolean loaded(Connection c, DemoCopy copy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM AFF_ASSESS_ROUND WHERE YEAR_OF = ? AND OPENED_BY = ? AND ORG_PATH LIKE ?")) {
            s.setInt(1, AssessmentDemoPlan.YEAR);
            s.setString(2, AssessmentDemoPlan.ACTOR);
            s.setString(3, DemoSeeds.subtree(copy));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private int load(Connection c, DemoCopy copy) throws SQLException {
        long started = System.nanoTime();
        Organization district = copy.district();
        Map<Long, List<Long>> own = listedInTheYearsEvaluation(c, copy);
        if (own.isEmpty()) {
            own = ownMembers(district); // the module's evaluation of the year is not written yet: ask core
        }
        List<Organization> party = organizations.subtree(district.id(), Rounds.SUBTREE_DEPTH).stream()
                .filter(o -> o.partyOrgType() != null && o.partyOrgType().isPartyOrganization()).toList();
        party = inTheFirstCopysOrder(copy, party);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (AssessmentDemoWriter writer = new AssessmentDemoWriter(c)) {
            List<Organization> rest = new ArrayList<>(party.stream().filter(o -> o.id() != district.id()).toList());
            for (Organization street : organizations.children(district.id())) {
                List<Organization> below = party.stream().filter(o -> o.id() != street.id() && o.path().startsWith(street.path())).toList();
                if (below.isEmpty()) {
                    continue;
                }
                List<Long> pool = pool(below, own);
                rounds(writer, copy, street, below, GradeScheme.STARS, own, pool);
                rest.removeAll(below);
                sessions(writer, copy, street, pool);
            }
            rounds(writer, copy, district, rest, GradeScheme.TIERS, own, pool(rest, own));
            writer.flush();
            c.commit();
            LOG.info("Affairs assessment demo data: {} rounds, {} secretaries' reports, {} gradings, {} capability sessions of {} in {} ms",
                    writer.rounds, writer.reports, writer.gradings, writer.sessions, AssessmentDemoPlan.YEAR,
                    (System.nanoTime() - started) / 1_000_000);
            return writer.reports + writer.gradings + writer.sessions;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * The units of another copy in the order of the first copy's ({@code subtree} lists them by path, and the ids in the
     * paths differ per copy), so that the pools of evaluators and judges hold the same members in every copy.
     */
    private List<Organization> inTheFirstCopysOrder(DemoCopy copy, List<Organization> units) {
        if (copy.number() == 1) {
            return units;
        }
        Organization first = organizations.findByCode(DemoSeeds.FIRST_DISTRICT).orElse(null);
        if (first == null) {
            return units;
        }
        return DemoSeeds.inOrderOf(organizations.subtree(first.id(), Rounds.SUBTREE_DEPTH), copy, units);
    }

    /** A unit's two rounds over the organizations listed; a round is closed when every record of it is decided. */
    private void rounds(AssessmentDemoWriter writer, DemoCopy copy, Organization unit, List<Organization> listed,
                        GradeScheme scheme, Map<Long, List<Long>> own, List<Long> pool) throws SQLException {
        if (listed.isEmpty()) {
            return;
        }
        List<DemoReport> reports = new ArrayList<>();
        List<DemoGrading> gradings = new ArrayList<>();
        List<List<Long>> evaluators = new ArrayList<>();
        for (Organization o : listed) {
            Random random = AssessmentDemoPlan.random(DemoSeeds.code(copy, o));
            List<Long> chosen = evaluators(o, own, pool);
            evaluators.add(chosen);
            reports.add(AssessmentDemoPlan.report(random, chosen.size()));
            gradings.add(AssessmentDemoPlan.grading(random, AssessmentDemoPlan.CRITERIA, scheme));
        }
        long reportRound = writer.round(RoundKind.REPORTS, unit, null,
                reports.stream().allMatch(r -> r.status() == ReportStatus.DECIDED));
        long gradingRound = writer.round(RoundKind.GRADING, unit, scheme,
                gradings.stream().allMatch(g -> g.status() == GradingStatus.DECIDED));
        long[] criteria = writer.criteria(gradingRound, AssessmentDemoPlan.CRITERIA);
        int fullMarks = AssessmentDemoPlan.CRITERIA.stream().mapToInt(CriterionDraft::maxScore).sum();
        for (int i = 0; i < listed.size(); i++) {
            writer.report(reportRound, listed.get(i), reports.get(i), evaluators.get(i));
            writer.grading(gradingRound, listed.get(i), gradings.get(i), criteria, fullMarks);
        }
    }

    /** A street's sessions: presenters and judges from the members of its organizations, none judging themselves. */
    private void sessions(AssessmentDemoWriter writer, DemoCopy copy, Organization street, List<Long> pool)
            throws SQLException {
        if (pool.size() < JUDGES + 1) {
            return;
        }
        Random random = AssessmentDemoPlan.random("sessions:" + DemoSeeds.code(copy, street));
        for (DemoSession s : AssessmentDemoPlan.sessions(random, JUDGES)) {
            int presenter = random.nextInt(pool.size());
            List<Long> judges = new ArrayList<>();
            for (int j = 1; judges.size() < JUDGES; j++) {
                judges.add(pool.get((presenter + j) % pool.size()));
            }
            writer.session(street, pool.get(presenter), s, judges);
        }
    }

    /** Up to three members of the organization itself other than its secretary, else of the round's pool. */
    private static List<Long> evaluators(Organization o, Map<Long, List<Long>> own, List<Long> pool) {
        List<Long> chosen = new ArrayList<>();
        for (List<Long> source : List.of(own.getOrDefault(o.id(), List.of()), pool)) {
            for (Long m : source) {
                if (chosen.size() < 3 && !m.equals(o.secretaryId()) && !chosen.contains(m)) {
                    chosen.add(m);
                }
            }
        }
        return chosen;
    }

    /** The first members of the organizations listed (at most 30), for evaluators and judges. */
    private static List<Long> pool(List<Organization> listed, Map<Long, List<Long>> own) {
        List<Long> pool = new ArrayList<>();
        for (Organization o : listed) {
            for (Long m : own.getOrDefault(o.id(), List.of())) {
                if (pool.size() < 30) {
                    pool.add(m);
                }
            }
        }
        return pool;
    }

    /**
     * The first few members of every organization as the module's demo evaluation of the year listed them (every
     * member of the organization itself), by id: one query over the module's own tables instead of reading the
     * 31,200 members from core (about 45 s of a 53 s load).
     */
    private static Map<Long, List<Long>> listedInTheYearsEvaluation(Connection c, DemoCopy copy) throws SQLException {
        Map<Long, List<Long>> own = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.ORGANIZATION_ID, r.MEMBER_ID FROM AFF_RATING r JOIN AFF_CAMPAIGN c "
                + "ON r.CAMPAIGN_ID = c.ID WHERE c.YEAR_OF = ? AND c.OPENED_BY = ? AND c.ORG_PATH LIKE ? "
                + "ORDER BY c.ORGANIZATION_ID, r.MEMBER_ID")) {
            s.setInt(1, AssessmentDemoPlan.YEAR);
            s.setString(2, AssessmentDemoPlan.ACTOR);
            s.setString(3, DemoSeeds.subtree(copy));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Long> list = own.computeIfAbsent(r.getLong(1), k -> new ArrayList<>());
                    if (list.size() < KEPT_PER_ORGANIZATION) {
                        list.add(r.getLong(2));
                    }
                }
            }
        }
        return own;
    }

    /** The first few members of every organization of the copy (one pass over its members, in core's order). */
    private Map<Long, List<Long>> ownMembers(Organization district) {
        Map<Long, List<Long>> own = new HashMap<>();
        members.forEach(MemberQuery.inSubtree(district.id()), m -> {
            List<Long> list = own.computeIfAbsent(m.organizationId(), k -> new ArrayList<>());
            if (list.size() < KEPT_PER_ORGANIZATION) {
                list.add(m.id());
            }
        });
        return own;
    }
}
