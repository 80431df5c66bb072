/**
 * Friendship: friend requests, their handling, and the friend lists they make.
 * <p>
 * It publishes {@code io.hichat.friendship.events.FriendRequestAccepted}, whose listener here makes the two friend
 * rows. It reads users (whether they exist, their current profile) through identity's
 * {@link io.hichat.identity.UserDirectory}, and hears of deleted accounts through identity's {@code UserDeleted}
 * event, after which it removes their friendships, requests and blocks. Other contexts ask who blocked whom through
 * its {@link io.hichat.friendship.BlockList}.
 */
@ApplicationModule(displayName = "Friendship", allowedDependencies = { "identity", "identity :: events" })
@NullMarked
package io.hichat.friendship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
