/**
 * Stores groups, members and join requests in the {@code groups} schema through jOOQ. The rules that concurrency
 * could break hold in the database: one membership per group and user, one pending request per group and user,
 * decisions as conditional updates.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.group.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
