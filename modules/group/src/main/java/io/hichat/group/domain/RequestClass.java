package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Which join requests: the caller's own, in every group, or those of one group, for its creator and managers. */
@ValueObject
public enum RequestClass {

    MINE, OF_GROUP;
}
