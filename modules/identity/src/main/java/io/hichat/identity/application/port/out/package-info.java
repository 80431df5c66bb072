/**
 * What the identity use cases need from the outside: storage, password hashing, tokens, event publishing.
 */
@SecondaryPort
@NullMarked
package io.hichat.identity.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
