package org.grassroots.affairs.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.terms.CommitteeGap;
import org.grassroots.affairs.internal.terms.Decision;
import org.grassroots.affairs.internal.terms.Elections;
import org.grassroots.affairs.internal.terms.RequestAction;
import org.grassroots.affairs.internal.terms.RequestStatus;
import org.grassroots.affairs.internal.terms.Term;
import org.grassroots.affairs.internal.terms.TermDraft;
import org.grassroots.affairs.internal.terms.TermRequest;
import org.grassroots.affairs.internal.terms.TermRequestDraft;
import org.grassroots.affairs.internal.terms.TermRequests;
import org.grassroots.affairs.internal.terms.TermStatus;
import org.grassroots.affairs.internal.terms.TermSummary;
import org.grassroots.affairs.internal.terms.Terms;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.ValidationException;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.QueryParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /terms}: committee terms (换届) of a subtree with their standing on a day (due within {@code months}, overdue),
 * the counts, the branches of 7 or more full members without a committee, an organization's terms, the current term of
 * an organization taken over mid-term, and the requests for an early or delayed election with the level above's decision.
 */
@Component(service = TermResource.class)
@ModuleResource(AffairsModule.ID)
@Path("terms")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {
    private final Terms terms;
    private final Elections elections;
    private final TermRequests requests;

    @Activate
    public TermResource(@Reference Terms terms, @Reference Elections elections, @Reference TermRequests requests) {
        this.terms = terms;
        this.elections = elections;
        this.requests = requests;
    }

    /** Current terms (or {@code status=DUE|OVERDUE|CURRENT|ENDED}) on {@code on} (default today), soonest end first. */
    @GET
    public Page<Term> list(@QueryParam("unit") Long unit, @QueryParam("status") TermStatus status,
                           @QueryParam("months") @ParamRange(min = 1, max = 60) Integer months, @QueryParam("on") String on,
                           @BeanParam PageParams page) {
        return terms.list(unit, status, months(months), day(on), page.toRequest());
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Term.class)
    public Response record(TermDraft draft) {
        return Responses.created("terms", elections.recordTerm(draft));
    }

    @GET
    @Path("summary")
    public TermSummary summary(@QueryParam("unit") Long unit, @QueryParam("months") @ParamRange(min = 1, max = 60) Integer months,
                               @QueryParam("on") String on) {
        return terms.summary(unit, months(months), day(on));
    }

    /** Branches of 7 or more full members without an elected committee. */
    @GET
    @Path("committees")
    public List<CommitteeGap> withoutCommittee(@QueryParam("unit") Long unit) {
        return terms.gaps(unit);
    }

    /** One organization's terms, the current one first (core's organization record shows it). */
    @GET
    @Path("history")
    public List<Term> history(@QueryParam("organization") Long organization) {
        return terms.history(organization);
    }

    @GET
    @Path("requests")
    public List<TermRequest> requests(@QueryParam("unit") Long unit, @QueryParam("status") RequestStatus status) {
        return requests.list(unit, status);
    }

    @POST
    @Path("requests/{id}/approve")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(TermRequest.class)
    public Response approve(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(requests.decide(id, Preconditions.requiredVersion(headers, version), RequestAction.APPROVE, decision));
    }

    @POST
    @Path("requests/{id}/refuse")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(TermRequest.class)
    public Response refuse(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(requests.decide(id, Preconditions.requiredVersion(headers, version), RequestAction.REFUSE, decision));
    }

    @GET
    @Path("{id}")
    @Returns(Term.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(terms.get(id));
    }

    /** Asks the level above for an early or delayed election of this term. */
    @POST
    @Path("{id}/requests")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(TermRequest.class)
    public Response request(@PathParam("id") long id, TermRequestDraft draft) {
        return Responses.created("terms/requests", requests.request(id, draft));
    }

    private static int months(Integer months) {
        return months == null ? Terms.DEFAULT_MONTHS : months;
    }

    /** The day asked (default today), within the years the platform keeps terms for. */
    private static LocalDate day(String on) {
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate day = errors.date("on", QueryParams.date("on", on), LocalDate.of(1950, 1, 1), LocalDate.of(2100, 12, 31), false);
        errors.throwIfAny();
        return day == null ? LocalDate.now() : day;
    }
}
