/**
 * The friendship domain: the {@link io.hichat.friendship.domain.FriendRequest} aggregate, which decides who may
 * handle a request and when, and the friend entries accepted requests make. Plain Java.
 */
@NullMarked
package io.hichat.friendship.domain;

import org.jspecify.annotations.NullMarked;
