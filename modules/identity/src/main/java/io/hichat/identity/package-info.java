/**
 * Identity: accounts, their passwords and access tokens, and profiles.
 * <p>
 * Its API to the rest of the application: {@link io.hichat.identity.AccessTokenAuthenticator}, which turns an
 * access token into the id of a known user; {@link io.hichat.identity.UserDirectory}, through which other contexts
 * learn whether users exist and read their current profiles; and the events of {@code io.hichat.identity.events}.
 * It depends on no other context.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
@NullMarked
package io.hichat.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
