/**
 * Events the identity context publishes for other contexts: immutable records of ids and primitives.
 */
@NamedInterface("events")
@NullMarked
package io.hichat.identity.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
