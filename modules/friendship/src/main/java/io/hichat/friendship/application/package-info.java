/**
 * The friendship use cases: sending and handling requests, making friends, listing both.
 */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package io.hichat.friendship.application;

import org.jspecify.annotations.NullMarked;
