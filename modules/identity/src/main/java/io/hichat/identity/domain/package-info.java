/**
 * The identity domain: the {@link io.hichat.identity.domain.User} aggregate and the value objects that validate
 * what a user may register with. Plain Java: no framework type appears here.
 */
@NullMarked
package io.hichat.identity.domain;

import org.jspecify.annotations.NullMarked;
