/**
 * What the group context offers its driving adapters: one interface per use case, with its command or query.
 */
@PrimaryPort
@NullMarked
package io.hichat.group.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
