package org.grassroots.education.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Languages;
import org.grassroots.education.internal.Certificates;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training certificates (学习培训证明) as PDF or Word: {@code ?year=} (this year when missing) and {@code ?format=pdf|docx}
 * (required), in the language of {@code Accept-Language}. A member's secretary prints any member's in scope; a member
 * prints their own from 我的学时.
 */
@Component(service = CertificateResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
public class CertificateResource {

    private final Certificates certificates;
    private final ModuleScope scope;

    @Activate
    public CertificateResource(@Reference Certificates certificates, @Reference ModuleScopes scopes) {
        this.certificates = certificates;
        this.scope = scopes.of(EducationModule.ID);
    }

    @GET
    @Path("members/{id}/certificate")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/problem+json", MediaType.APPLICATION_JSON})
    public Response member(@PathParam("id") long id, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                           @QueryParam("format") DocumentFormat format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return certificate(id, year, format, language);
    }

    /** The signed-in member's own certificate. */
    @GET
    @Path("my/certificate")
    @RequiresPermission(EducationModule.OWN)
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/problem+json", MediaType.APPLICATION_JSON})
    public Response mine(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                         @QueryParam("format") DocumentFormat format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return certificate(scope.caller().memberId(), year, format, language);
    }

    private Response certificate(Long member, Integer year, DocumentFormat format, String language) {
        int y = year == null ? Year.now().getValue() : year;
        Certificates.File file = certificates.certificate(member, y, format, Languages.fromHeader(language));
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"certificate-" + y + "." + format.extension()
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
