package org.grassroots.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.security.PersonalData;
import org.grassroots.rest.Paging;

/**
 * The member list: which members a {@link MemberQuery} finds in the caller's scope, a page of them and their count.
 * Searches by personal data (ID number, its last four characters, phone) go through their blind indexes and are
 * charged and audited by {@link IdNumberLookups}; what a page shows of each member is the service's view.
 */
final class MemberSearch {
    /** No birthDate: a list sorted by it would still tell the masked birth dates apart. */
    private static final Set<String> SORTABLE = Set.of("name", "joinedOn", "category", "status", "organizationId", "id");
    private static final String COUNT = "SELECT COUNT(m.id) FROM MemberEntity m";
    /** Members per transaction of {@link #forEach}. */
    private static final int SLICE = PageRequest.MAX_SIZE;

    private final JpaTemplate jpa;
    private final PersonalData personalData;
    private final IdNumberLookups lookups;
    private final NameOrderedPage nameOrder = new NameOrderedPage();
    private final SubtreePages subtreePages;
    /** The service's audited view of members for an export (full values for the roles entitled to them). */
    private final BiFunction<EntityManager, List<Member>, List<Member>> exportView;

    MemberSearch(JpaTemplate jpa, PersonalData personalData, IdNumberLookups lookups,
                 BiFunction<EntityManager, List<Member>, List<Member>> exportView, DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.subtreePages = new SubtreePages(generations);
        this.personalData = personalData;
        this.lookups = lookups;
        this.exportView = exportView;
    }

    /**
     * Two steps, so that Derby reads no member row it does not return: the page's ids come from an index alone
     * (the subtree's range of (ORG_PATH, NAME, ID, STATUS) sorted by name, or for the list's default page when that
     * is cheaper the name index read in order: {@link NameOrderedPage}), then the 50 rows by primary key. The total
     * is an index-only count over the subtree's range, skipped when the page already shows it. The default page of a
     * subtree is kept until core's data changes ({@link SubtreePages}).
     */
    Page<Member> page(MemberQuery query, PageRequest page, boolean export) {
        List<String> lookup = lookups.kinds(query);
        if (!lookup.isEmpty()) {
            lookups.charge();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            QueryFilter filter = filter(em, query);
            String orderBy = Paging.orderBy(page.sort(), Paging.fields("m", SORTABLE), "m.name", "m.id");
            String subtree = subtreeOnly(em, query, orderBy);
            long total = -1;
            List<Long> ids;
            if (subtree != null) {
                SubtreePages.Found found = subtreePages.page(subtree, page, () -> subtreePage(em, filter, subtree, orderBy, page));
                ids = found.ids();
                total = found.total();
            } else {
                ids = filter.page(em, "SELECT m.id FROM MemberEntity m", orderBy, Long.class, page);
            }
            List<Member> found = byIds(em, ids).stream().map(m -> m.toRecord(personalData)).toList();
            // Lists mask for everyone: a page of 50 full ID numbers is more than anyone needs to find a person,
            // and the full values are one audited detail read away (which also keeps an audit commit off every page).
            List<Member> items = export ? exportView.apply(em, found) : found.stream().map(MemberServiceImpl::masked).toList();
            if (!lookup.isEmpty()) {
                jpa.tx(TransactionType.Required, tx -> lookups.auditSearch(tx, lookup, ids));
            }
            return new Page<>(items, total >= 0 ? total : filter.total(em, COUNT, page, ids.size()), page.page(),
                    page.size());
        });
    }

    /** The default page of a subtree and its total, the page read the cheaper way ({@link NameOrderedPage}). */
    private SubtreePages.Found subtreePage(EntityManager em, QueryFilter filter, String subtree, String orderBy,
                                           PageRequest page) {
        long total = filter.count(em, COUNT);
        List<Long> ids = nameOrder.cheaper(total, page, () -> em.createQuery(COUNT, Long.class).getSingleResult())
                ? nameOrder.ids(em, subtree, page)
                : filter.page(em, "SELECT m.id FROM MemberEntity m", orderBy, Long.class, page);
        return new SubtreePages.Found(ids, total);
    }

    /**
     * The path prefix of the subtree when the query is the list's default page of it (a subtree or the caller's
     * scope, in name order, nothing else asked), which {@link NameOrderedPage} may read another way; else null.
     */
    private static String subtreeOnly(EntityManager em, MemberQuery q, String orderBy) {
        boolean nothingElse = Stream.of(q.name(), q.idNumber(), q.tag(), q.idNumberSuffix(), q.phone())
                .allMatch(v -> v == null || v.isBlank()) && q.category() == null && q.status() == null;
        if (!nothingElse || !NameOrderedPage.ORDERS.contains(orderBy) || Scopes.ownRecordOnly(Actors.caller())) {
            return null;
        }
        // filter() has checked the subtree against the caller's scope
        return q.subtreeOf() != null ? em.find(OrganizationEntity.class, q.subtreeOf()).getPath() : Scopes.prefix(em);
    }

    /** {@code MemberService.forEach}: one read-only transaction per slice, so a long walk holds no locks between. */
    void forEach(MemberQuery query, Consumer<Member> each) {
        List<String> lookup = lookups.kinds(query);
        if (!lookup.isEmpty()) {
            throw new IllegalArgumentException("forEach takes no search by ID number or phone (charged per search): " + lookup);
        }
        long after = 0;
        while (true) {
            long from = after;
            List<MemberEntity> slice = new ArrayList<>();
            List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> {
                List<Long> next = filter(em, query).and("m.id > :afterId", "afterId", from)
                        .page(em, "SELECT m.id FROM MemberEntity m", " ORDER BY m.id", Long.class, PageRequest.of(0, SLICE));
                slice.addAll(byIds(em, next));
                return next;
            });
            slice.forEach(m -> each.accept(MemberServiceImpl.masked(m.toRecord(personalData))));
            if (ids.size() < SLICE) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    long count(MemberQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> filter(em, query).count(em, COUNT));
    }

    /** What {@code MemberService.listed} returns: the visible members with these ids, in their order, masked. */
    List<Member> listed(List<Long> ids) {
        return jpa.txExpr(TransactionType.Supports, em -> byIds(em, ids).stream().filter(Scopes.visibleMembers(em))
                .map(m -> MemberServiceImpl.masked(m.toRecord(personalData))).toList());
    }

    private static List<MemberEntity> byIds(EntityManager em, List<Long> ids) {
        return ReadsByIds.inOrder(ids, slice -> em.createQuery("SELECT m FROM MemberEntity m WHERE m.id IN :ids", MemberEntity.class)
                .setParameter("ids", slice).getResultList(), MemberEntity::getId);
    }

    private QueryFilter filter(EntityManager em, MemberQuery q) {
        QueryFilter filter = new QueryFilter();
        Caller caller = Actors.caller();
        if (Scopes.ownRecordOnly(caller)) {
            filter.and("m.id = :self", "self", caller.memberId() == null ? -1L : caller.memberId());
        }
        String prefix = Scopes.prefix(em);
        if (q.subtreeOf() != null) {
            OrganizationEntity root = em.find(OrganizationEntity.class, q.subtreeOf());
            if (root == null || !Scopes.visible(em, root)) {
                throw CoreMessages.notFound(OrganizationServiceImpl.TYPE, q.subtreeOf());
            }
            // inside the caller's scope (checked above), so the one narrower prefix range says it all
            prefix = root.getPath();
        }
        // the member row's copy of its unit's path: one index range, no join with the organizations
        return filter.andIfGiven("m.orgPath LIKE :prefix", "prefix", prefix == null ? null : prefix + "%")
                .andIfGiven("m.name LIKE :name ESCAPE '!'", "name", QueryFilter.contains(q.name()))
                // personal data is found through its blind indexes only (IdNumberLookups checked the input's form)
                .andIfGiven("m.idNumberIndex = :idNumber", "idNumber", indexOf(q.idNumber(), personalData::index))
                .andIfGiven("m.idSuffixIndex = :idSuffix", "idSuffix", indexOf(q.idNumberSuffix(), personalData::suffixIndex))
                .andIfGiven("m.phoneIndex = :phone", "phone", indexOf(q.phone(), personalData::phoneIndex))
                .andIfGiven("m.category = :category", "category", q.category())
                .andIfGiven("m.status = :status", "status", q.status())
                // members who left the roll are history: only a search for them by status finds them
                .andIfGiven("m.status <> :onRoll", "onRoll", q.status() == null ? MemberStatus.LEFT : null)
                .andIfGiven("m.tags LIKE :tag ESCAPE '!'", "tag",
                        q.tag() == null || q.tag().isBlank() ? null : MemberEntity.tagPattern(q.tag()));
    }

    private static String indexOf(String value, UnaryOperator<String> index) {
        return value == null || value.isBlank() ? null : index.apply(value);
    }
}
