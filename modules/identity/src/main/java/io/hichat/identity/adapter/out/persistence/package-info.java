/**
 * Stores users in the {@code identity} schema through jOOQ. Records of the generated classes never leave this
 * package.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.identity.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
