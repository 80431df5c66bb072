package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A group's change of creator, both memberships as they now are. Stored in this order: the old creator steps down
 * before the new one steps up, so a group never has two creators, even mid-way.
 *
 * @param formerCreator the old creator, now a manager
 */
@ValueObject
public record Handover(Membership formerCreator, Membership newCreator) {
}
