/**
 * Events the group context publishes: immutable records of ids and primitives.
 */
@NamedInterface("events")
@NullMarked
package io.hichat.group.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
