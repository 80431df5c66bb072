/**
 * The group domain: the {@link io.hichat.group.domain.Group} and {@link io.hichat.group.domain.JoinRequest}
 * aggregates, memberships and their roles. Who may decide on a request, and what a claimed invitation is worth, is
 * decided here. Plain Java.
 */
@NullMarked
package io.hichat.group.domain;

import org.jspecify.annotations.NullMarked;
