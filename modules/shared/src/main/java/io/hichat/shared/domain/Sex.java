package io.hichat.shared.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a user says of their sex on their profile, which others see on the user's card. */
@ValueObject
public enum Sex {

    UNKNOWN, MALE, FEMALE;
}
