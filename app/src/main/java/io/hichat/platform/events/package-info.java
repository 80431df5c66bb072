/**
 * How the contexts' domain events leave their use cases: the one adapter of the shared kernel's
 * {@link io.hichat.shared.domain.DomainEventPublisher}.
 */
@NullMarked
package io.hichat.platform.events;

import org.jspecify.annotations.NullMarked;
