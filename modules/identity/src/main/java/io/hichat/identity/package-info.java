/**
 * Identity: accounts, their passwords and access tokens, and profiles.
 * <p>
 * Its API to the rest of the application is {@link io.hichat.identity.AccessTokenAuthenticator}, which turns an
 * access token into the id of a known user, and the events of {@code io.hichat.identity.events}. It depends on no
 * other context.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
@NullMarked
package io.hichat.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
