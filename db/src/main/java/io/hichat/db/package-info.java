/**
 * What the contexts' persistence adapters share beside their own schemas' generated classes
 * ({@code io.hichat.db.<schema>}), each of which only its owning context may use.
 */
@NullMarked
package io.hichat.db;

import org.jspecify.annotations.NullMarked;
