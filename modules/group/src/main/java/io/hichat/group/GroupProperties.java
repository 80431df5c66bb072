package io.hichat.group;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMembers how many members a group created from now on may hold; a group keeps the limit it was created
 *        with
 * @param invitationTtl how long an invitation waits for its invitee's answer; an invitation keeps the time it was
 *        sent with
 */
@ConfigurationProperties("hichat.group")
record GroupProperties(@DefaultValue("2000") int maxMembers, @DefaultValue("7d") Duration invitationTtl) {

    GroupProperties {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("hichat.group.max-members must be 1 or more, got " + maxMembers);
        }
        if (invitationTtl.isNegative() || invitationTtl.isZero()) {
            throw new IllegalArgumentException("hichat.group.invitation-ttl must be longer than zero, got "
                    + invitationTtl);
        }
    }
}
