package io.hichat.identity.application.port.in;

/** Keeps this instance's view of the revocations in step with the database's, for a scheduler to call. */
public interface FollowTokenRevocationsUseCase {

    /** Takes in the revocations other instances committed since the last call. */
    void catchUp();

    /** Forgets the revocations whose tokens have all expired, here and in the database. */
    void forgetExpired();
}
