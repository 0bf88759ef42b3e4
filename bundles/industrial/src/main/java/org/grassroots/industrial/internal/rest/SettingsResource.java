package org.grassroots.industrial.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.industrial.internal.Categories;
import org.grassroots.industrial.internal.Category;
import org.grassroots.industrial.internal.CategoryDraft;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's settings: {@code /categories}, the request categories and their deadlines in working days.
 * Everyone who reads requests reads them; the district changes them ({@code industrial.settings}).
 */
@Component(service = SettingsResource.class)
@ModuleResource(IndustrialModule.ID)
@Path("categories")
@RequiresPermission(IndustrialModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final Categories categories;

    @Activate
    public SettingsResource(@Reference Categories categories) {
        this.categories = categories;
    }

    @GET
    public List<Category> list() {
        return categories.list();
    }

    @POST
    @RequiresPermission(IndustrialModule.SETTINGS)
    @Returns(Category.class)
    public Response create(CategoryDraft draft) {
        Category created = categories.create(draft);
        return Responses.created(URI.create("categories/" + created.code()), created);
    }

    /** Changes a category's names or deadline; requests already submitted keep their deadline. */
    @PUT
    @Path("{id}")
    @RequiresPermission(IndustrialModule.SETTINGS)
    @Returns(Category.class)
    public Response update(@PathParam("id") String code, CategoryDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        Category updated = categories.update(code, Preconditions.requiredVersion(headers, version), draft);
        return Responses.ok(updated);
    }
}
