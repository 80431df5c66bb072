/**
 * What every context's adapters share to write a domain's closed sets as numbers, for the web (the API document's
 * codes) and for storage (a column's values) alike. Adapters only: the domain knows its values by name.
 */
@NullMarked
package io.hichat.shared.codes;

import org.jspecify.annotations.NullMarked;
