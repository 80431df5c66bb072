/**
 * How the contexts' domain events leave their use cases (the one adapter of the shared kernel's
 * {@link io.hichat.shared.domain.DomainEventPublisher}), and the upkeep of the publication registry that carries them
 * to the listeners of other contexts.
 */
@NullMarked
package io.hichat.platform.events;

import org.jspecify.annotations.NullMarked;
