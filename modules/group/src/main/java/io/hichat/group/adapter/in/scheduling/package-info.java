/**
 * Work the group context does on a schedule, on every instance; each round decides for itself whether it runs.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.group.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
