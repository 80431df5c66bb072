package io.hichat.identity.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hichat.identity.UserDirectory;
import io.hichat.identity.UserProfile;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.domain.UserId;

public record UserDirectoryService(LoadUserPort loadUser) implements UserDirectory {

    @Override
    public boolean exists(long userId) {
        return userId > 0 && loadUser.existsById(new UserId(userId));
    }

    @Override
    public Set<Long> holdExisting(Collection<Long> userIds) {
        Set<UserId> wanted = userIds.stream().filter(id -> id > 0).map(UserId::new).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return loadUser.holdExisting(wanted).stream().map(UserId::value).collect(Collectors.toSet());
    }

    @Override
    public Map<Long, UserProfile> profiles(Collection<Long> userIds) {
        return loadUser.findProfiles(userIds.stream().filter(id -> id > 0).map(UserId::new).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity()));
    }
}
