/**
 * Work the identity context does on a schedule rather than on a request: forgetting attempt counts of ended windows.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.identity.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
