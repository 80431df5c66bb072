/**
 * Blocks as the group context needs them, through friendship's query API: whether an invitee blocked the inviter.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.group.adapter.out.friendship;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
