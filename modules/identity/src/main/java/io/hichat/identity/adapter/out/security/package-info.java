/**
 * Password hashing with bcrypt and access tokens with jjwt (HS256).
 */
@SecondaryAdapter
@NullMarked
package io.hichat.identity.adapter.out.security;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
