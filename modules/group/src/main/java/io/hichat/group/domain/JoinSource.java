package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** How a join request came about: the user applied, or was invited or says so. */
@ValueObject
public enum JoinSource {

    APPLIED, INVITED;
}
