/**
 * The identity use cases. They work on the domain through the ports of {@code port.out} and know nothing of HTTP,
 * SQL, bcrypt or JWT.
 */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package io.hichat.identity.application;

import org.jspecify.annotations.NullMarked;
