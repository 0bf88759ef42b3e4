package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.security.AccountDetails;
import org.grassroots.core.internal.security.AccountDraft;
import org.grassroots.core.internal.security.AccountAdministration;
import org.grassroots.core.internal.security.AccountServiceImpl;
import org.grassroots.core.internal.security.AccountView;
import org.grassroots.core.internal.security.LoginResult;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/auth}: sign-in, sign-out, the caller's own account and password, and account administration.
 * {@code POST /api/auth/login} is the only endpoint of the platform (besides {@code /api/health}) that answers
 * without authentication.
 */
@Component(service = AuthResource.class)
@ModuleResource("auth")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AccountServiceImpl accounts;
    private final AccountAdministration administration;
    private final Authorization authorization;

    @Activate
    public AuthResource(@Reference AccountServiceImpl accounts, @Reference AccountAdministration administration,
                        @Reference Authorization authorization) {
        this.administration = administration;
        this.accounts = accounts;
        this.authorization = authorization;
    }

    public record LoginRequest(String username, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("login")
    @AnySignedInUser("signing in needs no account yet")
    public LoginResult login(LoginRequest request) {
        LoginRequest r = request == null ? new LoginRequest(null, null) : request;
        return accounts.login(r.username(), r.password(), Actors.caller().address());
    }

    @POST
    @Path("logout")
    @AnySignedInUser("ending one's own session")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorizationHeader) {
        accounts.logout(authorizationHeader);
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @AnySignedInUser("one's own account")
    public AccountView me() {
        return accounts.me().withPermissions(CorePermissions.GRANTS.keySet().stream()
                .filter(authorization::hasPermission).collect(java.util.stream.Collectors.toSet()));
    }

    @POST
    @Path("password")
    @AnySignedInUser("one's own password")
    public Response changePassword(PasswordChange change) {
        if (change == null || change.newPassword() == null) {
            throw ValidationException.of("newPassword", CoreMessages.message("required"));
        }
        accounts.changePassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("accounts")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public List<AccountDetails> list() {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.list();
    }

    @POST
    @Path("accounts")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public Response create(AccountDraft draft) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        AccountDetails created = administration.create(Drafts.required(draft));
        return Response.created(URI.create("accounts/" + created.username())).entity(created).build();
    }

    @GET
    @Path("accounts/{username}")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public AccountDetails get(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.get(username);
    }

    @PUT
    @Path("accounts/{username}")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public AccountDetails update(@PathParam("username") String username, AccountDraft draft) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.update(username, Drafts.required(draft));
    }

    @DELETE
    @Path("accounts/{username}")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public Response delete(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        administration.delete(username);
        return Response.noContent().build();
    }

    /** A new one-time password, shown once in the answer; the person must change it at the next sign-in. */
    @POST
    @Path("accounts/{username}/reset-password")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public Map<String, String> resetPassword(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return Map.of("username", username, "temporaryPassword", administration.resetPassword(username));
    }

    @POST
    @Path("accounts/{username}/unlock")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public AccountDetails unlock(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.unlock(username);
    }

    /** Locks the account until it is unlocked, and ends its sessions. */
    @POST
    @Path("accounts/{username}/lock")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public AccountDetails lock(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.lock(username);
    }

    /** Ends every session of the account (signed-in browsers and scripts must sign in again). */
    @POST
    @Path("accounts/{username}/end-sessions")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public AccountDetails endSessions(@PathParam("username") String username) {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.endSessions(username);
    }

    /** The roles the caller may grant (their own level and below). */
    @GET
    @Path("accounts/grantable-roles")
    @RequiresPermission(CorePermissions.ACCOUNT_MANAGE)
    public java.util.Set<org.grassroots.core.api.security.Role> grantableRoles() {
        authorization.require(CorePermissions.ACCOUNT_MANAGE);
        return administration.grantable();
    }
}
