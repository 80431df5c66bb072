package io.hichat.group.adapter.out.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.identity.UserDirectory;
import io.hichat.shared.domain.UserId;

@Component
record IdentityUserHolds(UserDirectory directory) implements HoldUsersPort {

    @Override
    public void holdExisting(List<UserId> users) {
        directory.holdExisting(users);
    }
}
