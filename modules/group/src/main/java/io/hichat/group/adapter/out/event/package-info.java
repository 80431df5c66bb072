/**
 * Publishes the group context's domain events through Spring's application events, within the publishing
 * transaction.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.group.adapter.out.event;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
