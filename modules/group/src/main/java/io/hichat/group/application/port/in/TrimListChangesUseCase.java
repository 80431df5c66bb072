package io.hichat.group.application.port.in;

/** Forgets removals kept past their time, a bounded round at a time, by one instance per round. */
public interface TrimListChangesUseCase {

    /** @return how many removals this round forgot; 0 when another instance has the round */
    int trimRound();
}
