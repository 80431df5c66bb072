/**
 * Publishes the friendship context's domain events through Spring's application events, within the publishing
 * transaction.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.friendship.adapter.out.event;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
