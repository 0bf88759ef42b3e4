package org.grassroots.affairs.internal.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UtcTimes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The committee lines of a term (AFF_TERM_MEMBER, plain rows keyed by term and member), the start of a term, and the
 * secretary change it feeds into core's organization record ({@code Organization.secretaryId}, through core-api's
 * {@link OrganizationService#update}, in the caller's transaction: the term and core's record change together).
 */
@Component(service = Committees.class)
public class Committees {
    private final MemberService members;
    private final OrganizationService organizations;

    @Activate
    public Committees(@Reference MemberService members, @Reference OrganizationService organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    /** Starts a term of {@code org} on {@code startedOn} with its committee; ends the current one (if any) that day. */
    TermEntity start(EntityManager em, Organization org, java.time.LocalDate startedOn, int years, List<TermDraft.SeatDraft> seats,
                     Long electionId, String actor) {
        for (TermEntity current : em.createQuery("SELECT t FROM TermEntity t WHERE t.organizationId = :o AND t.endedOn IS NULL",
                TermEntity.class).setParameter("o", org.id()).getResultList()) {
            current.endedOn = startedOn;
        }
        TermEntity t = new TermEntity();
        t.organizationId = org.id();
        t.orgPath = org.path();
        t.startedOn = startedOn;
        t.years = years;
        t.endsOn = startedOn.plusYears(years);
        t.committee = (short) (TermRules.isCommittee(seats.size()) ? 1 : 0);
        t.secretaryId = seats.stream().filter(s -> s.post() == CommitteePost.SECRETARY).map(TermDraft.SeatDraft::memberId)
                .findFirst().orElse(null);
        t.electionId = electionId;
        t.recordedBy = actor;
        t.recordedAt = UtcTimes.now();
        em.persist(t);
        em.flush();
        for (TermDraft.SeatDraft s : seats) {
            em.createNativeQuery("INSERT INTO AFF_TERM_MEMBER (TERM_ID, MEMBER_ID, POST) VALUES (?, ?, ?)")
                    .setParameter(1, t.id).setParameter(2, s.memberId()).setParameter(3, s.post().name()).executeUpdate();
        }
        feedSecretary(org, t.secretaryId);
        return t;
    }

    /** Core's organization record names the new secretary (nothing is written when it names them already). */
    void feedSecretary(Organization org, Long secretaryId) {
        Organization now = organizations.get(org.id());
        if (secretaryId == null || Objects.equals(now.secretaryId(), secretaryId)) {
            return;
        }
        organizations.update(now.id(), now.version(), new OrganizationDraft(now.code(), now.name(), now.parentId(), now.unitType(),
                now.partyOrgType(), now.domain(), secretaryId, now.foundedOn(), now.divisionCode(), now.status()));
    }

    /** The committee of a term, by post (书记 first) and name. */
    List<Term.Seat> seats(EntityManager em, long termId) {
        List<Term.Seat> seats = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT MEMBER_ID, POST FROM AFF_TERM_MEMBER WHERE TERM_ID = ?")
                .setParameter(1, termId).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            seats.add(new Term.Seat(id, name(id), CommitteePost.valueOf((String) r[1])));
        }
        seats.sort(Comparator.comparing(Term.Seat::post).thenComparing(Term.Seat::memberId));
        return seats;
    }

    String name(Long memberId) {
        return memberId == null ? null : members.reference(memberId).map(MemberReference::name).orElse(null);
    }

    /** The member when they belong to the organization's subtree (in the caller's scope), else null. */
    MemberReference memberOf(Long memberId, Organization org) {
        if (memberId == null) {
            return null;
        }
        MemberReference ref = members.reference(memberId).orElse(null);
        return ref != null && ref.path().startsWith(org.path()) ? ref : null;
    }
}
