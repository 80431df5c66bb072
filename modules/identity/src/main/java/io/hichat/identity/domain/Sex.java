package io.hichat.identity.domain;

import java.util.Arrays;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Coded;

@ValueObject
public enum Sex implements Coded {

    UNKNOWN(0), MALE(1), FEMALE(2);

    private final int code;

    Sex(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static Sex fromCode(int code) {
        return Arrays.stream(values())
                .filter(sex -> sex.code == code)
                .findFirst()
                .orElseThrow(() -> new InvalidUserDetails("sex must be 0 (unknown), 1 (male) or 2 (female)"));
    }
}
