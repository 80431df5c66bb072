/**
 * Users as friendship needs them, read through identity's query API: whether they exist, their current profile.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.friendship.adapter.out.identity;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
