/**
 * The user routes of the API document: register, login and profile, answered in the {@code {code, msg, data}}
 * envelope. Paths, including the documented aliases, are listed once, in
 * {@link io.hichat.identity.adapter.in.web.UserPaths}.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.identity.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
