package org.grassroots.education.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.grassroots.education.internal.Categories;
import org.grassroots.education.internal.Category;
import org.grassroots.education.internal.CategoryDraft;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/education/categories}: the site categories; the district adds or renames them. */
@Component(service = CategoryResource.class)
@ModuleResource(EducationModule.ID)
@Path("categories")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
    private final Categories categories;

    @Activate
    public CategoryResource(@Reference Categories categories) {
        this.categories = categories;
    }

    @GET
    public List<Category> list() {
        return categories.list();
    }

    /** Adds a category ({@code code}, {@code zhCN}, {@code en}, optional {@code position}) or renames one. */
    @POST
    @RequiresPermission(EducationModule.CATEGORIES)
    public Category save(CategoryDraft draft) {
        return categories.save(draft);
    }
}
