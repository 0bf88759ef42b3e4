package org.grassroots.core.api;

import java.time.LocalDate;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Party members. Every write is one transaction and publishes an event (see {@link CoreTopics}). */
@ProviderType
public interface MemberService {

    Optional<Member> find(long id);

    /**
     * The member's id, name and unit when the caller may see the member: for validating a reference before storing
     * it. Unlike {@link #find} it returns no personal data and writes no {@code READ_PERSONAL} audit line.
     */
    Optional<MemberReference> reference(long id);

    /** Whether a member with this id exists in the caller's scope (see {@link #reference}). */
    default boolean exists(long id) {
        return reference(id).isPresent();
    }

    /**
     * The members with these ids that the caller may see, in the order of the ids, as lists show them (ID and phone
     * numbers masked, no birth date, as in {@link #search}): one query per 500 ids; ids not found or outside the
     * caller's scope are left out. For screens that show members referenced elsewhere (a page's worth of ids: the
     * members are held in memory, so the caller bounds the list), and the benchmark's ceiling of a page.
     *
     * @since 1.6
     */
    List<Member> listed(List<Long> ids);

    /** @throws NotFoundException when no member has this id */
    Member get(long id);

    Optional<Member> findByIdNumber(String idNumber);

    Page<Member> search(MemberQuery query, PageRequest page);

    /**
     * Every member the query finds that the caller may see, as lists show them (masked, as in {@link #search}), in
     * id order, read 500 at a time, each slice after the last id of the one before: unlike offset pages, a member
     * added or removed meanwhile never makes another one come twice or be skipped. For work over all the members of
     * a unit (reminders, rosters, coverage checks); a screen pages with {@link #search}. A search by ID number or
     * phone is refused ({@link IllegalArgumentException}): those are charged and audited one search at a time.
     *
     * @since 1.7
     */
    void forEach(MemberQuery query, java.util.function.Consumer<Member> each);

    long count(MemberQuery query);

    /** @throws ValidationException naming every refused field */
    Member create(MemberDraft draft);

    Member update(long id, long version, MemberDraft draft);

    /** Moves the member to another Party organization and records the step in the history. */
    Member transfer(long id, TransferRequest request);

    List<Transfer> transfers(long memberId);

    void delete(long id, long version);

    /**
     * Takes the member off the roll (status {@link MemberStatus#LEFT}) for a reason on a day, keeping the record and
     * its history, read-only from then on; audited, and one {@link Leaving} in {@link #leavings}.
     *
     * @throws ValidationException naming every refused field (reason, leftOn: not in the future, not before joining)
     * @throws ConflictException when the member already left, or the version is stale
     * @since 1.4
     */
    Member leave(long id, LeaveRequest request);

    /**
     * Puts a member whose membership was suspended ({@link LeaveReason#SUSPENSION}) back on the roll, in the status
     * they had before, on a day (恢复党籍). Other ways of leaving are final.
     *
     * @param version the member's version for an optimistic check, or null (restoring overwrites no field)
     * @throws ConflictException when the member is not suspended, or the version is stale
     * @since 1.4
     */
    Member restore(long id, Long version, LocalDate restoredOn);

    /** How the member left the roll (and came back after a suspension), oldest first. @since 1.4 */
    List<Leaving> leavings(long memberId);
}
