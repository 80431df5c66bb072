/**
 * Work the friendship context does on a schedule, on every instance; each round decides for itself whether it runs.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.friendship.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
