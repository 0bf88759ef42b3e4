package org.grassroots.membership.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.Setting;
import org.grassroots.membership.internal.SettingDraft;
import org.grassroots.membership.internal.StepCode;
import org.grassroots.membership.internal.StepRule;
import org.grassroots.membership.internal.StepRuleDraft;
import org.grassroots.membership.internal.StepRules;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /rules}: the configurable steps and numbers of the pipeline (district settings). */
@Component(service = RuleResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {
    private final StepRules rules;

    @Activate
    public RuleResource(@Reference StepRules rules) {
        this.rules = rules;
    }

    @GET
    @Path("rules")
    public List<StepRule> rules() {
        return rules.rules();
    }

    @PUT
    @Path("rules/{code}")
    @RequiresPermission(MembershipModule.SETTINGS)
    @Returns(StepRule.class)
    public Response update(@PathParam("code") StepCode code, StepRuleDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(rules.update(code, Preconditions.requiredVersion(headers, version), draft));
    }

    @GET
    @Path("settings")
    public List<Setting> settings() {
        return rules.settingList();
    }

    @PUT
    @Path("settings/{key}")
    @RequiresPermission(MembershipModule.SETTINGS)
    @Returns(Setting.class)
    public Response updateSetting(@PathParam("key") String key, SettingDraft draft, @Context HttpHeaders headers,
                                  @QueryParam("version") Long version) {
        return Responses.ok(rules.updateSetting(key, Preconditions.requiredVersion(headers, version), draft == null ? null : draft.value()));
    }
}
