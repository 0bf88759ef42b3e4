package org.grassroots.affairs.internal.terms;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.DemoSeeds;
import org.grassroots.core.api.MemberCategory;
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
 * The demo district's committee terms, as {@link TermsDemoPlan} decides for every Party organization with members of
 * its own (about 1,650): the current term with its committee, and for those re-elected in the demo year the previous
 * term and the election. JDBC batches, ids reserved from the module's sequence. Written by the module's demo loader in
 * its transaction ({@link #write}, with the members it has read); as a contributor of its own (after it, order 125) it
 * only writes the terms of a demo year loaded before they existed, and is skipped when the demo's terms are there.
 * Every copy of the demo district ({@code demoCopies}) gets the same terms, checked and written per copy.
 */
@Component(service = { DemoDataContributor.class, TermsDemoData.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class TermsDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(TermsDemoData.class);
    static final String ACTOR = "demo-data";
    private static final int BLOCK = 1000;

    private final DataSource dataSource;
    private final OrganizationService organizations;
    private final MemberService members;
    private final TermYears years;

    @Activate
    public TermsDemoData(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                         @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema,
                         @Reference OrganizationService organizations, @Reference MemberService members, @Reference TermYears years) {
        this.dataSource = dataSource;
        this.organizations = organizations;
        this.members = members;
        this.years = years;
    }

    @Override
    public int order() {
        return 125;
    }

    @Override
    public int contribute(DemoCopy copy) {
        try (Connection c = dataSource.getConnection()) {
            return present(c, copy) ? 0 : load(c, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("affairs terms demo data: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the copy's demo terms are there (another copy's do not count). Asked by the module's demo loader too:
     * core calls a module that arrives after its district with the contributors that registered within a settling
     * delay, in their order; one registering later than that (a loaded machine) comes on its own, so this contributor
     * may come first and write the terms itself.
     */
    public boolean present(Connection c, DemoCopy copy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM AFF_TERM WHERE RECORDED_BY = ? AND ORG_PATH LIKE ?")) {
            s.setString(1, ACTOR);
            s.setString(2, DemoSeeds.subtree(copy));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    /**
     * The upgrade path: an installation whose demo year was written before the terms existed reads the members once
     * (slow: every member's record) and writes the terms in a transaction of its own.
     */
    private int load(Connection c, DemoCopy copy) throws SQLException {
        Organization district = copy.district();
        Map<Long, List<Long>> people = new HashMap<>();
        Map<Long, List<Long>> full = new HashMap<>();
        members.forEach(MemberQuery.inSubtree(district.id()), m -> {
            people.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m.id());
            if (m.category() == MemberCategory.FULL) {
                full.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m.id());
            }
        });
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int written = write(c, copy, organizations.subtree(district.id(), 10), people, full);
            c.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes the terms of the Party organizations among {@code orgs} (units of {@code copy}) that have members of their
     * own ({@code people}, {@code full}: member ids by organization), in the caller's transaction on {@code c}, seeded
     * with the first copy's codes ({@link DemoSeeds}) so that every copy gets the same terms. The module's demo loader
     * calls it with the members it has read already, so the demo reads them once.
     */
    public int write(Connection c, DemoCopy copy, List<Organization> orgs, Map<Long, List<Long>> people,
                     Map<Long, List<Long>> full)
            throws SQLException {
        long started = System.nanoTime();
        int terms = 0;
        int elections = 0;
        Map<TermStatus, Integer> standing = new java.util.EnumMap<>(TermStatus.class);
        try (Writer w = new Writer(c)) {
            for (Organization org : orgs) {
                List<Long> mine = people.getOrDefault(org.id(), List.of());
                if (org.partyOrgType() == null || !org.partyOrgType().isPartyOrganization() || mine.isEmpty()) {
                    continue;
                }
                int length = years.of(org);
                TermsDemoPlan.DemoTerm t = TermsDemoPlan.plan(DemoSeeds.code(copy, org), org.partyOrgType(), length, mine,
                        full.getOrDefault(org.id(), List.of()), org.secretaryId());
                Long electionId = null;
                if (t.election() != null) {
                    w.term(org, t.previousStart(), t.previousStart().plusYears(length), t.startedOn(), length, t.committee(), null);
                    electionId = w.election(org, t.startedOn(), t.election());
                    w.candidates(electionId, t.election(), t.committee());
                    elections++;
                    terms++;
                }
                long termId = w.term(org, t.startedOn(), t.endsOn(), null, length, t.committee(), electionId);
                standing.merge(TermRules.status(t.endsOn(), null, TermsDemoPlan.DAY, Terms.DEFAULT_MONTHS), 1, Integer::sum);
                if (electionId != null) {
                    w.link(electionId, termId);
                }
                terms++;
            }
            w.flush();
        }
        LOG.info("Affairs demo data: {} committee terms, {} elections in {} ms; on {}: {}", terms, elections,
                (System.nanoTime() - started) / 1_000_000, TermsDemoPlan.DAY, standing);
        return terms + elections;
    }

    /** Batched inserts of terms, committee lines, elections and candidates. */
    private static final class Writer implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement term;
        private final PreparedStatement seat;
        private final PreparedStatement election;
        private final PreparedStatement candidate;
        private final PreparedStatement link;
        private long next;
        private long end;

        Writer(Connection c) throws SQLException {
            this.c = c;
            term = c.prepareStatement("INSERT INTO AFF_TERM (ID, ORGANIZATION_ID, ORG_PATH, STARTED_ON, ENDS_ON, ENDED_ON, YEARS, COMMITTEE, "
                    + "SECRETARY_ID, ELECTION_ID, RECORDED_BY, RECORDED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
            seat = c.prepareStatement("INSERT INTO AFF_TERM_MEMBER (TERM_ID, MEMBER_ID, POST) VALUES (?, ?, ?)");
            election = c.prepareStatement("INSERT INTO AFF_ELECTION (ID, ORGANIZATION_ID, ORG_PATH, HELD_ON, YEAR_OF, METHOD, TIMING, "
                    + "REQUEST_ID, ENTITLED, PRESENT, SEATS, CANDIDATES, VALID, TERM_ID, RECORDED_BY, RECORDED_AT, VERSION) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 1, NULL, ?, ?, 1)");
            candidate = c.prepareStatement("INSERT INTO AFF_ELECTION_CANDIDATE (ELECTION_ID, MEMBER_ID, VOTES, ELECTED, POST) VALUES (?, ?, ?, ?, ?)");
            link = c.prepareStatement("UPDATE AFF_ELECTION SET TERM_ID = ? WHERE ID = ?");
        }

        long term(Organization org, LocalDate start, LocalDate ends, LocalDate ended, int years, List<TermDraft.SeatDraft> seats,
                  Long electionId) throws SQLException {
            long id = id();
            term.setLong(1, id);
            term.setLong(2, org.id());
            term.setString(3, org.path());
            term.setDate(4, Date.valueOf(start));
            term.setDate(5, Date.valueOf(ends));
            if (ended == null) {
                term.setNull(6, java.sql.Types.DATE);
            } else {
                term.setDate(6, Date.valueOf(ended));
            }
            term.setInt(7, years);
            term.setShort(8, (short) (TermRules.isCommittee(seats.size()) ? 1 : 0));
            term.setLong(9, seats.get(0).memberId());
            if (electionId == null) {
                term.setNull(10, java.sql.Types.BIGINT);
            } else {
                term.setLong(10, electionId);
            }
            term.setString(11, ACTOR);
            term.setTimestamp(12, Timestamp.valueOf(start.atTime(10, 0)));
            term.addBatch();
            for (TermDraft.SeatDraft s : seats) {
                seat.setLong(1, id);
                seat.setLong(2, s.memberId());
                seat.setString(3, s.post().name());
                seat.addBatch();
            }
            return id;
        }

        long election(Organization org, LocalDate heldOn, TermsDemoPlan.DemoElection e) throws SQLException {
            long id = id();
            election.setLong(1, id);
            election.setLong(2, org.id());
            election.setString(3, org.path());
            election.setDate(4, Date.valueOf(heldOn));
            election.setInt(5, heldOn.getYear());
            election.setString(6, ElectionMethod.GENERAL_MEETING.name());
            election.setString(7, ElectionTiming.ON_TIME.name());
            election.setInt(8, e.entitled());
            election.setInt(9, e.present());
            election.setInt(10, e.seats());
            election.setInt(11, e.votes().size());
            election.setString(12, ACTOR);
            election.setTimestamp(13, Timestamp.valueOf(heldOn.atTime(16, 0)));
            election.addBatch();
            return id;
        }

        /** The candidates of an election: the first {@code seats} of the votes' order are the committee, with their posts. */
        void candidates(long electionId, TermsDemoPlan.DemoElection e, List<TermDraft.SeatDraft> committee) throws SQLException {
            int i = 0;
            for (Map.Entry<Long, Integer> v : e.votes().entrySet()) {
                candidate.setLong(1, electionId);
                candidate.setLong(2, v.getKey());
                candidate.setInt(3, v.getValue());
                candidate.setShort(4, (short) (i < committee.size() ? 1 : 0));
                if (i < committee.size()) {
                    candidate.setString(5, committee.get(i).post().name());
                } else {
                    candidate.setNull(5, java.sql.Types.VARCHAR);
                }
                candidate.addBatch();
                i++;
            }
        }

        void link(long electionId, long termId) throws SQLException {
            link.setLong(1, termId);
            link.setLong(2, electionId);
            link.addBatch();
        }

        void flush() throws SQLException {
            term.executeBatch();
            seat.executeBatch();
            election.executeBatch();
            candidate.executeBatch();
            link.executeBatch();
        }

        private long id() throws SQLException {
            if (next >= end) {
                try (PreparedStatement update = c.prepareStatement("UPDATE AFF_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'AFFAIRS'")) {
                    update.setLong(1, BLOCK);
                    update.executeUpdate();
                }
                try (PreparedStatement select = c.prepareStatement("SELECT SEQ_COUNT FROM AFF_SEQUENCE WHERE SEQ_NAME = 'AFFAIRS'");
                     ResultSet r = select.executeQuery()) {
                    r.next();
                    end = r.getLong(1) + 1;
                    next = end - BLOCK;
                }
            }
            return next++;
        }

        @Override
        public void close() throws SQLException {
            term.close();
            seat.close();
            election.close();
            candidate.close();
            link.close();
        }
    }
}
