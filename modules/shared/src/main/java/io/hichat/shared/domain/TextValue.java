package io.hichat.shared.domain;

/** A value object that is a piece of text; adapters read and write it as that text. */
public interface TextValue {

    String value();
}
