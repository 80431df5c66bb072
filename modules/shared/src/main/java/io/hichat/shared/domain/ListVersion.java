package io.hichat.shared.domain;

/**
 * Where one owner's list stands (contract §13): its version, which grows with every change, and the highest
 * version of a removal it no longer keeps. A client holding a version below that may have missed a removal.
 *
 * @param version 0 for a list that never changed
 * @param trimmedThrough 0 while every removal is kept
 */
public record ListVersion(long version, long trimmedThrough) {

    public static final ListVersion UNCHANGED = new ListVersion(0, 0);

    /** Whether the changes after {@code since} are all kept: else the client must take the whole list. */
    public boolean keepsChangesAfter(long since) {
        return since <= version && since >= trimmedThrough;
    }
}
