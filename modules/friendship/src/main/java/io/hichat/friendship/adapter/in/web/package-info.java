/**
 * The friendship routes of the API document, answered with the bare objects it shows. Paths, including the
 * documented aliases, are listed once, in {@link io.hichat.friendship.adapter.in.web.FriendshipPaths}.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.friendship.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
