package org.grassroots.core.internal.security;

import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;

/**
 * Karaf console sign-in (SSH, JMX) with platform accounts: a SYSTEM_ADMIN account that has chosen its own
 * password gets Karaf's administrator roles. Same password check, lockout and audit as the REST sign-in.
 */
public class PlatformLoginModule implements LoginModule {
    /** Option carrying the account service from {@link PlatformRealm}. */
    static final String ACCOUNTS = "org.grassroots.accounts";
    private static final List<String> KARAF_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbackHandler;
    private AccountServiceImpl accounts;
    private final Set<Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.accounts = (AccountServiceImpl) options.get(ACCOUNTS);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot ask for user name and password: " + e);
        }
        String username = name.getName();
        char[] secret = password.getPassword();
        Caller caller;
        try {
            caller = accounts.verifyPassword(username, secret == null ? "" : new String(secret), "karaf-console");
        } catch (GrassrootsException e) {
            throw new FailedLoginException(e.getMessage());
        } finally {
            password.clearPassword();
        }
        if (!caller.hasRole(Role.SYSTEM_ADMIN)) {
            throw new FailedLoginException("The Karaf console is for SYSTEM_ADMIN accounts");
        }
        if (caller.mustChangePassword()) {
            throw new FailedLoginException("Choose your own password first (POST /api/auth/password)");
        }
        principals.add(new UserPrincipal(caller.username()));
        KARAF_ROLES.forEach(role -> principals.add(new RolePrincipal(role)));
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return !principals.isEmpty();
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
