/**
 * Publishes the identity context's domain events through Spring's application events, which Spring Modulith's
 * registry records in the publishing transaction.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.identity.adapter.out.event;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
