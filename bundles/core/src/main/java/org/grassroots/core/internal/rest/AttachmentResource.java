package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentContent;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.internal.files.AttachmentOwnerDirectory;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/attachments}: files of any module's records. Upload is the raw file as the body with
 * {@code ?module=&ownerType=&ownerId=&filename=}; the owning module says whether the record exists, where it lies
 * and which permissions apply. Downloads carry the type recognised at upload, {@code nosniff}, a sandboxing
 * content security policy, and are attachments unless they are images.
 */
@Component(service = AttachmentResource.class)
@ModuleResource("core")
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
    /** Served files can run nothing and load nothing, even when a browser is tricked into rendering them. */
    static final String DOWNLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
    private final AttachmentStore store;
    private final AttachmentOwnerDirectory owners;

    @Activate
    public AttachmentResource(@Reference AttachmentStore store, @Reference AttachmentOwnerDirectory owners) {
        this.store = store;
        this.owners = owners;
    }

    @POST
    @AnySignedInUser("the attachment store checks the owner's read or write permission and scope")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("module") String module, @QueryParam("ownerType") String ownerType,
                           @QueryParam("ownerId") Long ownerId, @QueryParam("filename") String filename,
                           InputStream body) throws IOException {
        AttachmentOwner owner = owners.resolve(required(module, "module"), required(ownerType, "ownerType"),
                required(ownerId, "ownerId"));
        // one byte more than allowed is enough to know the file is too large; the store names the limit
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, store.maxBytes() + 1));
        Attachment stored = store.store(owner, filename, bytes);
        return Response.created(URI.create("attachments/" + stored.id())).entity(stored).build();
    }

    @GET
    @AnySignedInUser("the attachment store checks the owner's read or write permission and scope")
    public List<Attachment> list(@QueryParam("module") String module, @QueryParam("ownerType") String ownerType,
                                 @QueryParam("ownerId") Long ownerId) {
        return store.list(required(module, "module"), required(ownerType, "ownerType"), required(ownerId, "ownerId"));
    }

    @GET
    @AnySignedInUser("the attachment store checks the owner's read or write permission and scope")
    @Path("{id}")
    public Attachment get(@PathParam("id") long id) {
        return store.get(id);
    }

    @GET
    @AnySignedInUser("the attachment store checks the owner's read or write permission and scope")
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        AttachmentContent file = store.content(id);
        Attachment a = file.attachment();
        return Response.ok(file.bytes(), a.contentType())
                .header("Content-Disposition", disposition(a.type().image() ? "inline" : "attachment", a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DOWNLOAD_CSP)
                .build();
    }

    @DELETE
    @AnySignedInUser("the attachment store checks the owner's read or write permission and scope")
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        store.delete(id);
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback plus the UTF-8 name, so 会议纪要.pdf arrives as 会议纪要.pdf. */
    static String disposition(String kind, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static <T> T required(T value, String parameter) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ValidationException.of(parameter, CoreMessages.message("query.required"));
        }
        return value;
    }
}
