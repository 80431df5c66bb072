/**
 * Stores friend requests and friends in the {@code friendship} schema through jOOQ. The rules that concurrency could
 * break hold in the database: one pending request per pair, one entry per direction, decisions as conditional
 * updates.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.friendship.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
