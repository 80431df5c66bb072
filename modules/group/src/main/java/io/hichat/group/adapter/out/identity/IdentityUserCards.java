package io.hichat.group.adapter.out.identity;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.identity.UserDirectory;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

@Component
record IdentityUserCards(UserDirectory directory) implements LoadUserCardsPort {

    @Override
    public Map<UserId, UserCard> cardsOf(Collection<UserId> users) {
        return directory.cards(users);
    }
}
