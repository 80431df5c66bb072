package io.hichat.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.UserDirectory;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;

@RequiredArgsConstructor
public final class UserDirectoryService implements UserDirectory {

    private final LoadUserPort loadUser;

    @Override
    public void holdExisting(List<UserId> users) {
        Set<UserId> held = users.isEmpty() ? Set.of() : loadUser.holdExisting(Set.copyOf(users));
        users.stream().filter(user -> !held.contains(user)).findFirst().ifPresent(missing -> {
            throw new UserNotFound(missing);
        });
    }

    @Override
    public Map<UserId, UserCard> cards(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return loadUser.findCards(Set.copyOf(users)).stream()
                .collect(Collectors.toMap(UserCard::id, Function.identity()));
    }
}
