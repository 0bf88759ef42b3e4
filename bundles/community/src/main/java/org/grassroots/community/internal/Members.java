package org.grassroots.community.internal;

import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members referenced by the module (team posts, registrations): checked to exist through core's reference lookup,
 * which returns no personal data and writes no READ_PERSONAL line. A member registers where they live, which need not
 * be in the subtree of their own organization, so existence is what is checked; the community is the scoped part.
 */
@Component(service = Members.class)
public class Members {
    private final MemberService members;

    @Activate
    public Members(@Reference MemberService members) {
        this.members = members;
    }

    MemberReference reference(Long id, String field, ValidationException.Builder errors) {
        if (id == null) {
            errors.required(field, null);
            return null;
        }
        MemberReference m = members.reference(id).orElse(null);
        if (m == null) {
            errors.add(field, CommunityMessages.TEXT.message("field.noMember", id));
        }
        return m;
    }

    String name(long id) {
        return members.reference(id).map(MemberReference::name).orElse(null);
    }
}
