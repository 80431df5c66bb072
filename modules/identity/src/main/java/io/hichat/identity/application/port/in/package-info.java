/**
 * What the identity context offers its driving adapters: one interface per use case, with its command.
 */
@PrimaryPort
@NullMarked
package io.hichat.identity.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
