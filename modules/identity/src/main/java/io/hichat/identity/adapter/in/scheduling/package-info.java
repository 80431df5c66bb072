/**
 * Work the identity context does on a schedule rather than on a request: following the token revocations other
 * instances store, and forgetting attempt counts and revocations that have ended.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.identity.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
