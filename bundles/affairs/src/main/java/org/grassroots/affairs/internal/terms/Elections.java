package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 换届选举 and the terms they start. An election names its method, attendance, seats, candidates with their votes and the
 * posts of the elected; it is valid with more than four fifths of those entitled present (else it is recorded as
 * invalid and starts nothing); a valid one ends the current term that day and starts the next with its committee, and
 * core's organization record gets the new secretary. Early or delayed elections need an approved request
 * ({@link TermRequests}). An organization taken over mid-term has its current term recorded as it stands.
 */
@Component(service = Elections.class)
public class Elections {
    static final String TYPE = "affairs.election";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final Committees committees;
    private final Terms terms;
    private final TermYears years;

    @Activate
    public Elections(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit, @Reference MemberService members, @Reference Committees committees,
                     @Reference Terms terms, @Reference TermYears years) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.committees = committees;
        this.terms = terms;
        this.years = years;
    }

    /** Records an organization's current term as it stands (once: 409 when it has one). */
    public Term recordTerm(TermDraft draft) {
        if (draft == null) {
            throw TermsText.TEXT.invalid("body", "body.required", "{organizationId, startedOn, committee}");
        }
        Organization org = partyOrganization(draft.organizationId());
        ValidationException.Builder errors = ValidationException.builder();
        int length = years.of(org);
        errors.date("startedOn", draft.startedOn(), LocalDate.now().minusYears(10), LocalDate.now(), true);
        List<TermDraft.SeatDraft> seats = seats(draft.committee(), "committee", org, null, errors);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TermEntity current = current(em, org.id());
            if (current != null) {
                throw TermsText.TEXT.conflict("term.exists", org.name(), current.startedOn);
            }
            TermEntity t = committees.start(em, org, draft.startedOn(), length, seats, null, actor);
            audit.record("CREATE", Terms.TYPE, t.id, org.name() + " " + t.startedOn + "–" + t.endsOn,
                    List.of(new FieldChange("committee", null, String.valueOf(seats.size()))));
            return terms.toRecord(em, t, LocalDate.now(), Terms.DEFAULT_MONTHS, true);
        });
    }

    /** Records an election; a valid one starts the next term (see the class). */
    public Election record(ElectionDraft draft) {
        if (draft == null) {
            throw TermsText.TEXT.invalid("body", "body.required", "{organizationId, heldOn, method, present, seats, candidates, posts}");
        }
        Organization org = partyOrganization(draft.organizationId());
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate heldOn = errors.date("heldOn", draft.heldOn(), LocalDate.now().minusYears(10), LocalDate.now(), true);
        if (draft.method() == null) {
            TermsText.add(errors, "method", "election.method", ModuleMessages.choices(ElectionMethod.values()));
        }
        Integer entitled = draft.method() == ElectionMethod.GENERAL_MEETING
                ? Integer.valueOf((int) members.count(new MemberQuery(null, null, org.id(), MemberCategory.FULL, null, null)))
                : errors.whole("entitled", draft.entitled(), 1, 100_000, draft.method() != null);
        Integer present = draft.present();
        if (present == null || present < 1 || (entitled != null && present > entitled)) {
            TermsText.add(errors, "present", "election.present", entitled == null ? "?" : entitled);
            present = null;
        }
        Integer seats = draft.seats();
        if (seats == null || seats < 1 || seats > TermRules.MAX_SEATS) {
            TermsText.add(errors, "seats", "election.seats", TermRules.MAX_SEATS);
            seats = null;
        }
        Map<Long, Integer> votes = candidates(draft.candidates(), org, present, seats, errors);
        errors.throwIfAny();
        boolean valid = TermRules.attendanceValid(entitled, present);
        List<Long> elected = valid ? TermRules.elected(votes, seats, present) : List.of();
        if (valid && elected.isEmpty()) {
            throw TermsText.TEXT.invalid("candidates", "election.noneElected");
        }
        List<TermDraft.SeatDraft> posts = valid ? seats(posts(draft.posts(), elected), "posts", org, Set.copyOf(elected), errors) : List.of();
        errors.throwIfAny();
        int length = years.of(org);
        String actor = scope.actor();
        int entitledCount = entitled;
        int presentCount = present;
        int seatCount = seats;
        return jpa.txExpr(TransactionType.Required, em -> {
            TermEntity current = current(em, org.id());
            ElectionTiming timing = TermRules.timing(current == null ? null : current.endsOn, heldOn);
            Long request = null;
            if (timing == ElectionTiming.EARLY || timing == ElectionTiming.DELAYED) {
                request = TermRequests.approved(em, current.id, timing == ElectionTiming.EARLY ? RequestKind.EARLY : RequestKind.DELAYED);
                if (request == null) {
                    throw TermsText.TEXT.conflict("election.approval", org.name(), timing, current.endsOn, current.id);
                }
            }
            ElectionEntity e = new ElectionEntity();
            e.organizationId = org.id();
            e.orgPath = org.path();
            e.heldOn = heldOn;
            e.year = heldOn.getYear();
            e.method = draft.method();
            e.timing = timing;
            e.requestId = request;
            e.entitled = entitledCount;
            e.present = presentCount;
            e.seats = seatCount;
            e.candidates = votes.size();
            e.valid = (short) (valid ? 1 : 0);
            e.recordedBy = actor;
            e.recordedAt = UtcTimes.now();
            em.persist(e);
            em.flush();
            Map<Long, TermDraft.SeatDraft> byMember = new LinkedHashMap<>();
            posts.forEach(p -> byMember.put(p.memberId(), p));
            for (Map.Entry<Long, Integer> c : votes.entrySet()) {
                TermDraft.SeatDraft post = byMember.get(c.getKey());
                // two statements rather than a null parameter, which not every driver takes untyped
                (post == null
                        ? em.createNativeQuery("INSERT INTO AFF_ELECTION_CANDIDATE (ELECTION_ID, MEMBER_ID, VOTES, ELECTED) VALUES (?, ?, ?, 0)")
                        : em.createNativeQuery("INSERT INTO AFF_ELECTION_CANDIDATE (ELECTION_ID, MEMBER_ID, VOTES, ELECTED, POST) VALUES (?, ?, ?, 1, ?)")
                                .setParameter(4, post.post().name()))
                        .setParameter(1, e.id).setParameter(2, c.getKey()).setParameter(3, c.getValue()).executeUpdate();
            }
            if (valid) {
                e.termId = committees.start(em, org, heldOn, length, posts, e.id, actor).id;
            }
            audit.record("CREATE", TYPE, e.id, org.name() + " " + heldOn, List.of(new FieldChange("valid", null, String.valueOf(valid)),
                    new FieldChange("present", null, presentCount + "/" + entitledCount), new FieldChange("elected", null, String.valueOf(posts.size()))));
            return toRecord(em, e);
        });
    }

    /** The subtree's elections of a year, newest first (at most 500). */
    public List<Election> list(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM ElectionEntity e WHERE e.orgPath LIKE :path "
                        + "AND e.year = :year ORDER BY e.heldOn DESC, e.id DESC", ElectionEntity.class)
                .setParameter("path", unit.path() + "%").setParameter("year", year).setMaxResults(PageRequest.MAX_SIZE)
                .getResultList().stream().map(e -> toRecord(em, e)).toList());
    }

    public Election get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ElectionEntity e = em.find(ElectionEntity.class, id);
            if (e == null) {
                throw TermsText.TEXT.notFound(TYPE, id);
            }
            TermsText.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
            return toRecord(em, e);
        });
    }

    /** The unit named (in scope, module enabled), a Party organization. */
    private Organization partyOrganization(Long organizationId) {
        Organization org = scope.enabledUnit(organizationId, "organizationId");
        if (org.partyOrgType() == null || !org.partyOrgType().isPartyOrganization()) {
            throw TermsText.TEXT.invalid("organizationId", "organization.notParty", org.name());
        }
        return org;
    }

    static TermEntity current(EntityManager em, long organizationId) {
        return em.createQuery("SELECT t FROM TermEntity t WHERE t.organizationId = :o AND t.endedOn IS NULL ORDER BY t.startedOn DESC",
                TermEntity.class).setParameter("o", organizationId).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    /** Candidates (member → votes): members of the organization, none twice, votes within those present, enough of them. */
    private Map<Long, Integer> candidates(List<ElectionDraft.CandidateDraft> given, Organization org, Integer present, Integer seats,
                                          ValidationException.Builder errors) {
        List<ElectionDraft.CandidateDraft> list = given == null ? List.of() : given;
        if (seats != null && list.size() < TermRules.minCandidates(seats)) {
            TermsText.add(errors, "candidates", "election.candidates", TermRules.minCandidates(seats), seats);
        }
        if (list.size() > TermRules.MAX_CANDIDATES) {
            TermsText.add(errors, "candidates", "election.tooMany", TermRules.MAX_CANDIDATES);
            return Map.of();
        }
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ElectionDraft.CandidateDraft c = list.get(i);
            String field = "candidates[" + i + "]";
            if (c == null || committees.memberOf(c.memberId(), org) == null) {
                TermsText.add(errors, field + ".memberId", "member.notIn", c == null ? null : c.memberId(), org.name());
            } else if (votes.containsKey(c.memberId())) {
                TermsText.add(errors, field + ".memberId", "member.repeated", c.memberId());
            }
            Integer v = c == null ? null : c.votes();
            if (v == null || v < 0 || (present != null && v > present)) {
                TermsText.add(errors, field + ".votes", "election.votes", present == null ? "?" : present);
            } else if (c.memberId() != null) {
                votes.putIfAbsent(c.memberId(), v);
            }
        }
        return votes;
    }

    /** The posts given, then every elected member without one as 委员. */
    private static List<TermDraft.SeatDraft> posts(List<TermDraft.SeatDraft> given, List<Long> elected) {
        List<TermDraft.SeatDraft> posts = new ArrayList<>(given == null ? List.of() : given);
        for (Long id : elected) {
            if (posts.stream().noneMatch(p -> p != null && id.equals(p.memberId()))) {
                posts.add(new TermDraft.SeatDraft(id, CommitteePost.MEMBER));
            }
        }
        return posts;
    }

    /**
     * A committee's lines checked: 1 to {@value TermRules#MAX_SEATS} people, each a member of the organization (and among
     * {@code elected} when given), none twice, each with a post, exactly one secretary.
     */
    private List<TermDraft.SeatDraft> seats(List<TermDraft.SeatDraft> given, String field, Organization org, Set<Long> elected,
                                            ValidationException.Builder errors) {
        List<TermDraft.SeatDraft> list = given == null ? List.of() : given;
        if (list.isEmpty() || list.size() > TermRules.MAX_SEATS) {
            TermsText.add(errors, field, "committee.size", TermRules.MAX_SEATS);
            return List.of();
        }
        List<Long> ids = list.stream().map(s -> s == null ? null : s.memberId()).toList();
        Set<Long> repeated = TermRules.repeated(ids);
        for (int i = 0; i < list.size(); i++) {
            TermDraft.SeatDraft s = list.get(i);
            String line = field + "[" + i + "]";
            if (s == null || committees.memberOf(s.memberId(), org) == null) {
                TermsText.add(errors, line + ".memberId", "member.notIn", s == null ? null : s.memberId(), org.name());
            } else if (elected != null && !elected.contains(s.memberId())) {
                TermsText.add(errors, line + ".memberId", "post.notElected", s.memberId());
            } else if (repeated.contains(s.memberId()) && ids.indexOf(s.memberId()) != i) {
                TermsText.add(errors, line + ".memberId", "member.repeated", s.memberId());
            }
            if (s != null && s.post() == null) {
                TermsText.add(errors, line + ".post", "post.required", ModuleMessages.choices(CommitteePost.values()));
            }
        }
        if (!TermRules.oneSecretary(list.stream().map(s -> s == null ? null : s.post()).toList())) {
            TermsText.add(errors, field, "post.secretary");
        }
        return list;
    }

    private Election toRecord(EntityManager em, ElectionEntity e) {
        List<Election.Candidate> candidates = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT MEMBER_ID, VOTES, ELECTED, POST FROM AFF_ELECTION_CANDIDATE WHERE ELECTION_ID = ? "
                + "ORDER BY VOTES DESC, MEMBER_ID").setParameter(1, e.id).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            candidates.add(new Election.Candidate(id, committees.name(id), ((Number) r[1]).intValue(), ((Number) r[2]).intValue() == 1,
                    r[3] == null ? null : CommitteePost.valueOf((String) r[3])));
        }
        return new Election(e.id, e.organizationId, scope.name(e.organizationId), e.heldOn, e.method, e.timing, e.requestId, e.entitled,
                e.present, e.seats, e.valid == 1, e.termId, candidates, e.recordedBy, UtcTimes.instant(e.recordedAt), e.version);
    }
}
