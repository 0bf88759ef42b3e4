/**
 * Who is calling and what they may do: platform roles, the authenticated {@link
 * org.grassroots.core.api.security.Caller}, the {@link org.grassroots.core.api.security.Authorization} service
 * every module uses to check permissions and organization scope, and the {@link
 * org.grassroots.core.api.security.Authenticator} the REST layer uses to turn a request's credentials into a
 * caller.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.grassroots.core.api.security;
