/**
 * What the friendship use cases need: storage of requests and friends, users (from identity), event publishing.
 */
@SecondaryPort
@NullMarked
package io.hichat.friendship.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
