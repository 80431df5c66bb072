package io.hichat.group;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMembers how many members a group created from now on may hold; a group keeps the limit it was created
 *        with
 */
@ConfigurationProperties("hichat.group")
record GroupProperties(@DefaultValue("2000") int maxMembers) {

    GroupProperties {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("hichat.group.max-members must be 1 or more, got " + maxMembers);
        }
    }
}
