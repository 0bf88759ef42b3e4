package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.internal.demo.DemoDataLoader;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.EnablementSetting;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.internal.modules.ModuleEnablementImpl;
import org.grassroots.core.internal.modules.ModuleRegistryImpl;
import org.grassroots.core.internal.modules.ModuleSet;
import org.grassroots.core.internal.modules.ModuleRegistryImpl.Outcome;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/modules}: the module registry, installing and removing modules at runtime, and per-unit
 * enablement. Install, uninstall and upgrade are synchronous: they answer 200 once the module has settled (active,
 * available, or definitely failed) and 202 when it is still starting after {@code ?timeout=} seconds. Install and
 * uninstall change the cluster's module set, which the other nodes on the database follow ({@link ModuleSet}).
 */
@Component(service = ModuleResource.class)
@org.grassroots.rest.ModuleResource("core")
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleResource {
    private static final int MAX_TIMEOUT_SECONDS = 300;

    private final ModuleRegistryImpl registry;
    private final ModuleSet moduleSet;
    private final ModuleEnablementImpl enablement;

    private final Authorization authorization;
    private final DemoDataLoader demo;

    @Activate
    public ModuleResource(@Reference ModuleRegistryImpl registry, @Reference ModuleSet moduleSet,
                          @Reference ModuleEnablementImpl enablement, @Reference Authorization authorization,
                          @Reference DemoDataLoader demo) {
        this.registry = registry;
        this.moduleSet = moduleSet;
        this.enablement = enablement;
        this.authorization = authorization;
        this.demo = demo;
    }

    /** Body of {@code PUT /modules/{id}/enablement/{unitId}}. */
    public record EnablementRequest(Boolean enabled, Map<String, String> settings) {
    }

    @GET
    @AnySignedInUser("every page of the console shows the modules")
    public List<ModuleInfo> list() {
        return registry.modules();
    }

    /**
     * The demo data's state: on or off, still being written or not, the modules' parts by state. Read by the console
     * and by the integration tests, which start once the platform has settled.
     */
    @GET
    @Path("demo-data")
    @AnySignedInUser("whether the demo data is still being written")
    public DemoDataLoader.DemoStatus demoData() {
        return demo.status();
    }

    /** The modules that are active and enabled for a unit: what its users see in the console. */
    @GET
    @Path("enabled")
    @AnySignedInUser("the console menu of a unit in the caller's scope")
    public List<ModuleInfo> enabled(@QueryParam("unit") Long unit) {
        return registry.enabledFor(inScope(requiredUnit(unit)));
    }

    @GET
    @Path("{id}")
    @AnySignedInUser("a module's description")
    public ModuleInfo get(@PathParam("id") String id) {
        return registry.require(id);
    }

    @POST
    @Path("{id}/install")
    @RequiresPermission(CorePermissions.MODULE_MANAGE)
    public Response install(@PathParam("id") String id, @QueryParam("timeout") @DefaultValue("60") int timeoutSeconds) {
        return answer(moduleSet.install(id, timeout(timeoutSeconds)));
    }

    @POST
    @Path("{id}/uninstall")
    @RequiresPermission(CorePermissions.MODULE_MANAGE)
    public Response uninstall(@PathParam("id") String id) {
        return answer(moduleSet.uninstall(id));
    }

    /**
     * Removes what the platform keeps about a module that is gone for good: its per-unit enablement rows and the
     * memory of its feature repository (a removed third-party module then leaves the list). 409 while installed.
     */
    @POST
    @Path("{id}/cleanup")
    @RequiresPermission(CorePermissions.MODULE_MANAGE)
    public Map<String, Object> cleanUp(@PathParam("id") String id) {
        return Map.of("module", id, "enablementRemoved", moduleSet.cleanUp(id));
    }

    @POST
    @Path("{id}/upgrade")
    @RequiresPermission(CorePermissions.MODULE_MANAGE)
    public Response upgrade(@PathParam("id") String id, @QueryParam("timeout") @DefaultValue("60") int timeoutSeconds) {
        return answer(registry.upgrade(id, timeout(timeoutSeconds)));
    }

    @GET
    @Path("{id}/enablement")
    @AnySignedInUser("whether a module is on for a unit in the caller's scope")
    public EnablementSetting enablement(@PathParam("id") String id, @QueryParam("unit") Long unit) {
        long unitId = inScope(requiredUnit(unit));
        registry.require(id);
        return enablement.effective(id, unitId);
    }

    @PUT
    @Path("{id}/enablement/{unitId}")
    @RequiresPermission(CorePermissions.MODULE_ENABLE)
    public EnablementSetting setEnablement(@PathParam("id") String id, @PathParam("unitId") long unitId,
                                           EnablementRequest request) {
        inScope(unitId);
        registry.require(id);
        if (request == null || request.enabled() == null) {
            throw ValidationException.of("enabled", CoreMessages.message("enabled.required"));
        }
        return enablement.set(id, unitId, request.enabled(), request.settings() == null ? Map.of() : request.settings());
    }

    /** Removes the unit's explicit setting: the unit inherits from its parent again. */
    @DELETE
    @Path("{id}/enablement/{unitId}")
    @RequiresPermission(CorePermissions.MODULE_ENABLE)
    public Response clearEnablement(@PathParam("id") String id, @PathParam("unitId") long unitId) {
        inScope(unitId);
        registry.require(id);
        enablement.clear(id, unitId);
        return Response.noContent().build();
    }

    /** A unit outside the caller's subtree is answered as unknown. */
    private long inScope(long unitId) {
        authorization.requireInScope(unitId, "organization", unitId);
        return unitId;
    }

    private static Response answer(Outcome outcome) {
        return Response.status(outcome.settled() ? 200 : 202).entity(outcome.module()).build();
    }

    private static Duration timeout(int seconds) {
        if (seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
            throw ValidationException.of("timeout", CoreMessages.message("timeout.invalid", MAX_TIMEOUT_SECONDS));
        }
        return Duration.ofSeconds(seconds);
    }

    static long requiredUnit(Long unit) {
        if (unit == null) {
            throw ValidationException.of("unit", CoreMessages.message("unit.id.required"));
        }
        return unit;
    }
}
