package io.hichat.shared.domain;

/** An identifier that is a positive number; adapters read and write it as that number. */
public interface NumericId {

    long value();
}
