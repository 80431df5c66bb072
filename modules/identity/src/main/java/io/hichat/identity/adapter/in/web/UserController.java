package io.hichat.identity.adapter.in.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.hichat.identity.adapter.in.web.UserPaths.CompatibilityPaths;
import io.hichat.identity.application.port.in.LogInUseCase;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.application.port.in.ViewProfileUseCase;
import io.hichat.identity.domain.UserId;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.Envelope;

@RestController
class UserController {

    private final RegisterUserUseCase registerUser;
    private final LogInUseCase logIn;
    private final ViewProfileUseCase viewProfile;
    private final UserWebMapper mapper;

    UserController(RegisterUserUseCase registerUser, LogInUseCase logIn, ViewProfileUseCase viewProfile,
            UserWebMapper mapper) {
        this.registerUser = registerUser;
        this.logIn = logIn;
        this.viewProfile = viewProfile;
        this.mapper = mapper;
    }

    @PostMapping(UserPaths.REGISTER)
    Envelope<TokenResponse> register(@RequestBody RegisterRequest request) {
        return Envelope.ok(mapper.toResponse(registerUser.register(mapper.toCommand(request))));
    }

    @PostMapping({ UserPaths.LOGIN, CompatibilityPaths.LOGIN_V2 })
    Envelope<TokenResponse> logIn(@RequestBody LoginRequest request) {
        return Envelope.ok(mapper.toResponse(logIn.logIn(mapper.toCommand(request))));
    }

    @GetMapping({ UserPaths.PROFILE, CompatibilityPaths.PROFILE_USER })
    Envelope<ProfileResponse> profile(@CurrentUserId long userId) {
        return Envelope.ok(new ProfileResponse(mapper.toProfile(viewProfile.viewProfile(new UserId(userId)))));
    }
}
