/**
 * The group use cases: creating groups, joining and inviting, deciding on join requests, and the lists.
 */
@org.jmolecules.architecture.hexagonal.Application
@NullMarked
package io.hichat.group.application;

import org.jspecify.annotations.NullMarked;
