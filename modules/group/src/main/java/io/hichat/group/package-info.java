/**
 * Group: groups, join requests and invitations, their handling, and members.
 */
@ApplicationModule(displayName = "Group", allowedDependencies = {})
@NullMarked
package io.hichat.group;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
