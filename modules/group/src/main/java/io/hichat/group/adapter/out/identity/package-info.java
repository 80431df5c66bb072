/**
 * Users as the group context shows them, read through identity's query API.
 */
@SecondaryAdapter
@NullMarked
package io.hichat.group.adapter.out.identity;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
