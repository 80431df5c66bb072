package io.hichat.identity.adapter.in.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import io.hichat.identity.application.port.in.ChangePasswordCommand;
import io.hichat.identity.application.port.in.LogInCommand;
import io.hichat.identity.application.port.in.RegisterUserCommand;
import io.hichat.identity.application.port.in.UpdateProfileCommand;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.EmailAddress;
import io.hichat.identity.domain.Introduction;
import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.identity.domain.ProfileUpdate;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.JsonFields;
import io.hichat.shared.web.WebMapping;
import io.hichat.shared.web.WireValues;

/**
 * Between the user routes' JSON and the identity use cases. Request values become value objects here, which is
 * where a missing or invalid one is refused; {@link WireValues} writes the answers.
 */
@Mapper(config = WebMapping.class)
interface UserWebMapper {

    RegisterUserCommand toCommand(RegisterRequest request, String clientAddress);

    /** Only a missing credential is refused here; whether the rest could be right is for login to find out. */
    default LogInCommand toCommand(LoginRequest request, String clientAddress) {
        return new LogInCommand(JsonFields.requiredText(request.phone(), "phone"),
                JsonFields.requiredText(request.password(), "password"), clientAddress);
    }

    /** A field left out stays as it is; an empty nickname asks for the default one, as at registration. */
    default UpdateProfileCommand toCommand(long caller, UpdateProfileRequest request) {
        boolean defaultNickname = request.nickname() != null && request.nickname().isBlank();
        return new UpdateProfileCommand(new UserId(caller), new ProfileUpdate(nickname(request.nickname()),
                defaultNickname, request.sex() == null ? null : sex(request.sex()),
                request.avatar() == null ? null : avatar(request.avatar()),
                request.introduction() == null ? null : new Introduction(request.introduction()),
                request.email() == null ? null : new EmailAddress(request.email())));
    }

    /** The old password is only compared with the account's; the new one must meet the registration rules. */
    default ChangePasswordCommand toCommand(long caller, ChangePasswordRequest request) {
        return new ChangePasswordCommand(new UserId(caller),
                JsonFields.requiredText(request.oldPassword(), "old_password"),
                JsonFields.read("new_password", () -> PlainPassword.of(request.newPassword())));
    }

    SearchResponse.UserCard toCard(UserCard card);

    @Mapping(target = "token", source = "value")
    @Mapping(target = "expire", source = "expiresAt")
    TokenResponse toResponse(AccessToken token);

    @Mapping(target = "mobile", source = "phone")
    @Mapping(target = "lastLogin", source = "lastLoginAt")
    ProfileResponse.Info toProfile(User user);

    default PhoneNumber phone(@Nullable String phone) {
        return PhoneNumber.of(phone);
    }

    default PlainPassword password(@Nullable String password) {
        return PlainPassword.of(password);
    }

    /** An empty nickname means "give me the default one", which the domain decides. */
    default @Nullable Nickname nickname(@Nullable String nickname) {
        return nickname == null || nickname.isBlank() ? null : new Nickname(nickname);
    }

    /** {@code sex}: 0 unknown (also when left out), 1 male, 2 female. */
    default Sex sex(@Nullable Integer sex) {
        return sex == null ? Sex.UNKNOWN : WireValues.SEX_CODES.find(sex)
                .orElseThrow(() -> new InvalidRequest("sex must be 0 (unknown), 1 (male) or 2 (female)"));
    }

    default WebUrl avatar(@Nullable String avatar) {
        return WebUrl.of("avatar", avatar);
    }

    /** The profile's {@code lastLogin}: unix seconds, as a string. */
    default String epochSecondsText(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
