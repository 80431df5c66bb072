package io.hichat.identity.application.port.out;

import java.time.Instant;

import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.UserId;

public interface IssueAccessTokenPort {

    AccessToken issue(UserId user, Instant now);
}
