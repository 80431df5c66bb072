/**
 * What the group use cases need: storage of groups, members and join requests, users (from identity), event
 * publishing.
 */
@SecondaryPort
@NullMarked
package io.hichat.group.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
