package io.hichat.friendship.adapter.out.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.domain.UserId;
import io.hichat.identity.UserDirectory;

@Component
record IdentityUserProfiles(UserDirectory directory) implements LoadUserProfilesPort {

    @Override
    public boolean exists(UserId user) {
        return directory.exists(user.value());
    }

    @Override
    public Optional<UserId> holdExisting(List<UserId> users) {
        Set<Long> held = directory.holdExisting(users.stream().map(UserId::value).toList());
        return users.stream().filter(user -> !held.contains(user.value())).findFirst();
    }

    @Override
    public Map<UserId, UserProfile> profilesOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return directory.profiles(users.stream().map(UserId::value).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(profile -> new UserId(profile.id()),
                        profile -> new UserProfile(profile.nickname(), profile.avatar())));
    }
}
