/**
 * The group routes of the API document, answered with the bare objects it shows. The two lists that the document
 * sends a body with, although they are GETs, take their fields from a JSON body or from query parameters. Paths,
 * including the documented aliases, are listed once, in {@link io.hichat.group.adapter.in.web.GroupPaths}.
 */
@PrimaryAdapter
@NullMarked
package io.hichat.group.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
