/**
 * Turns events into use-case calls. Each listener has a stable id and may run twice without harm.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.group.adapter.in.event;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
