package io.hichat.group.adapter.out.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.domain.UserCard;
import io.hichat.group.domain.UserId;
import io.hichat.identity.UserDirectory;

@Component
record IdentityUserCards(UserDirectory directory) implements LoadUserCardsPort {

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
    public Map<UserId, UserCard> cardsOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return directory.profiles(users.stream().map(UserId::value).collect(Collectors.toSet())).values().stream()
                .map(profile -> new UserCard(new UserId(profile.id()), profile.nickname(), profile.sex(),
                        profile.avatar(), profile.introduction()))
                .collect(Collectors.toMap(UserCard::id, card -> card));
    }
}
