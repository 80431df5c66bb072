package io.hichat.identity.adapter.in.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.adapter.in.web.UserPaths.CompatibilityPaths;
import io.hichat.identity.application.port.in.ChangePasswordUseCase;
import io.hichat.identity.application.port.in.DeleteAccountUseCase;
import io.hichat.identity.application.port.in.LogInUseCase;
import io.hichat.identity.application.port.in.LogOutUseCase;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.application.port.in.SearchUsersUseCase;
import io.hichat.identity.application.port.in.UpdateProfileUseCase;
import io.hichat.identity.application.port.in.ViewProfileUseCase;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ClientAddress;
import io.hichat.shared.web.CurrentAccessToken;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.Envelope;
import io.hichat.shared.web.JsonFields;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

@RestController
@RequiredArgsConstructor
class UserController {

    private final RegisterUserUseCase registerUser;
    private final LogInUseCase logIn;
    private final ViewProfileUseCase viewProfile;
    private final UpdateProfileUseCase updateProfile;
    private final SearchUsersUseCase searchUsers;
    private final ChangePasswordUseCase changePassword;
    private final LogOutUseCase logOut;
    private final DeleteAccountUseCase deleteAccount;
    private final UserWebMapper mapper;

    @PostMapping(UserPaths.REGISTER)
    Envelope<TokenResponse> register(@RequestBody RegisterRequest request, @ClientAddress String clientAddress) {
        return Envelope.ok(mapper.toResponse(registerUser.register(mapper.toCommand(request,
                clientAddress))));
    }

    @PostMapping({ UserPaths.LOGIN, CompatibilityPaths.LOGIN_V2 })
    Envelope<TokenResponse> logIn(@RequestBody LoginRequest request, @ClientAddress String clientAddress) {
        return Envelope.ok(mapper.toResponse(logIn.logIn(mapper.toCommand(request, clientAddress))));
    }

    @GetMapping({ UserPaths.PROFILE, CompatibilityPaths.PROFILE_USER })
    Envelope<ProfileResponse> profile(@CurrentUserId long userId) {
        return Envelope.ok(new ProfileResponse(mapper.toProfile(viewProfile.viewProfile(new UserId(userId)))));
    }

    @PutMapping(UserPaths.UPDATE_PROFILE)
    Envelope<ProfileResponse> updateProfile(@CurrentUserId long userId, @RequestBody UpdateProfileRequest request) {
        return Envelope.ok(new ProfileResponse(mapper.toProfile(
                updateProfile.updateProfile(mapper.toCommand(userId, request)))));
    }

    @GetMapping(UserPaths.SEARCH)
    Envelope<SearchResponse> search(@CurrentUserId long userId, @ClientAddress String clientAddress,
            @Parameter(required = true, schema = @Schema(pattern = PhoneNumber.FORMAT),
                    description = "the phone exactly as the account registered it")
            @RequestParam(name = "phone", required = false) @Nullable String phone) {
        return Envelope.ok(new SearchResponse(searchUsers.findByPhone(new UserId(userId), clientAddress,
                PhoneNumber.of(phone)).map(mapper::toCard).stream().toList()));
    }

    @PutMapping(UserPaths.PASSWORD)
    @PasswordField("old_password")
    Envelope<TokenResponse> changePassword(@CurrentUserId long userId, @RequestBody ChangePasswordRequest request) {
        return Envelope.ok(mapper.toResponse(changePassword.changePassword(mapper.toCommand(userId, request))));
    }

    @PostMapping(UserPaths.LOGOUT)
    Envelope<Map<String, Object>> logOut(@CurrentAccessToken String token) {
        logOut.logOut(token);
        return Envelope.ok(Map.of());
    }

    @DeleteMapping(UserPaths.ACCOUNT)
    @PasswordField("password")
    Envelope<Map<String, Object>> deleteAccount(@CurrentUserId long userId,
            @Parameter(schema = @Schema(format = "password"), description = "the account's password; may be sent as "
                    + "password in a JSON body instead")
            @RequestParam(name = "password", required = false) @Nullable String password,
            @RequestBody(required = false) @Nullable DeleteAccountRequest body) {
        deleteAccount.deleteAccount(new UserId(userId), JsonFields.requiredText(
                JsonFields.queryOrBody(password, body, DeleteAccountRequest::password), "password"));
        return Envelope.ok(Map.of());
    }
}
