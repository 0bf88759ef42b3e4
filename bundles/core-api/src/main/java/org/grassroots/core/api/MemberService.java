package org.grassroots.core.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Party members. Every write is one transaction and publishes an event (see {@link CoreTopics}). */
@ProviderType
public interface MemberService {

    Optional<Member> find(long id);

    /** @throws NotFoundException when no member has this id */
    Member get(long id);

    Optional<Member> findByIdNumber(String idNumber);

    Page<Member> search(MemberQuery query, PageRequest page);

    long count(MemberQuery query);

    /** @throws ValidationException naming every refused field */
    Member create(MemberDraft draft);

    Member update(long id, long version, MemberDraft draft);

    /** Moves the member to another Party organization and records the step in the history. */
    Member transfer(long id, TransferRequest request);

    List<Transfer> transfers(long memberId);

    void delete(long id, long version);
}
