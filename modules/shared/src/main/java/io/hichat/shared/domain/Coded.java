package io.hichat.shared.domain;

/** A value of a closed set that is stored and shown as a small number. */
public interface Coded {

    int code();
}
