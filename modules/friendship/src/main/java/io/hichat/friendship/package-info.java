/**
 * Friendship: friend requests, their handling, and the friend lists they make.
 */
@ApplicationModule(displayName = "Friendship", allowedDependencies = {})
@NullMarked
package io.hichat.friendship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
