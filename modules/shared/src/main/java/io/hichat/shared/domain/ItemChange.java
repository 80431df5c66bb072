package io.hichat.shared.domain;

/**
 * The latest change of one item of a list: it was added or changed, or it left the list.
 *
 * @param key what names the item in its list (a friend's id, a request's id, a group's id...)
 * @param version the list's version this change made
 */
public record ItemChange(long key, long version, boolean removed) {
}
