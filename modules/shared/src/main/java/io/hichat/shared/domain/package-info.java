/**
 * The shared kernel of every context's domain, plain Java like the domains themselves: the four kinds of refusal
 * the API answers differently, event recording for aggregates and the port their events leave by, and the few
 * value types more than one context would otherwise write again (bounded text, web URLs, a request's message), and
 * the users every context refers to: their {@link io.hichat.shared.domain.UserId} and the
 * {@link io.hichat.shared.domain.UserCard} others see of them.
 * Nothing here belongs to one context.
 */
@NullMarked
package io.hichat.shared.domain;

import org.jspecify.annotations.NullMarked;
