package org.grassroots.bench.ceiling;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberService;
import org.grassroots.rest.AnySignedInUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/bench/members?ids=1,2,...}: the ceiling of a page of members. Everything {@link UnitResource} does,
 * but for the members of a page: their rows read by primary key in one query through core's
 * {@code MemberService.listed} and serialised as a list shows them (ID and phone numbers masked). This is the work
 * no page of 50 members can avoid; a search adds finding the ids, their order and the total.
 */
@Component(service = MembersResource.class, property = { "osgi.jaxrs.resource=true", "grassroots.module=bench" })
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {
    private final MemberService members;

    @Activate
    public MembersResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @AnySignedInUser("a benchmark probe: members as core's lists show them, read through core's scoped MemberService")
    public List<Member> members(@QueryParam("ids") String ids) {
        return members.listed(Ids.parse(ids));
    }
}
