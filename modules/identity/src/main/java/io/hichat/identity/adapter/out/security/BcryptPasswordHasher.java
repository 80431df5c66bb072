package io.hichat.identity.adapter.out.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PlainPassword;

@Component
class BcryptPasswordHasher implements HashPasswordPort {

    private final BCryptPasswordEncoder encoder;
    private volatile @Nullable PasswordHash decoy;

    BcryptPasswordHasher(PasswordHashingProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.strength());
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash(encoder.encode(password.reveal()));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return encoder.matches(password.reveal(), hash.value());
    }

    @Override
    public void matchNothing(PlainPassword password) {
        encoder.matches(password.reveal(), decoy().value());
    }

    /** Made on first use rather than at start-up, where a hash would add its cost to every start. */
    private PasswordHash decoy() {
        PasswordHash known = decoy;
        if (known == null) {
            known = new PasswordHash(encoder.encode(UUID.randomUUID().toString()));
            decoy = known;
        }
        return known;
    }
}
