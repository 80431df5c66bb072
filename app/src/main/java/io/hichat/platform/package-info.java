/**
 * The composition root's own code: what every context shares at run time but none owns — the HTTP edge (ports,
 * error answers, request limits) and security. Not an application module: it holds no domain.
 */
@NullMarked
package io.hichat.platform;

import org.jspecify.annotations.NullMarked;
