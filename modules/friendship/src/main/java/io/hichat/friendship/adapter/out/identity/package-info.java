/**
 * Users as friendship needs them, through identity's query API: their cards, and held existing while a write commits.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.friendship.adapter.out.identity;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
