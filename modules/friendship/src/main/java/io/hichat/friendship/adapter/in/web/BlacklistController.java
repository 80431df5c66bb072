package io.hichat.friendship.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.BlockUserUseCase;
import io.hichat.friendship.application.port.in.BlockedUser;
import io.hichat.friendship.application.port.in.ListBlockedUsersUseCase;
import io.hichat.friendship.application.port.in.UnblockUserUseCase;
import io.hichat.friendship.domain.FriendshipList;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.JsonFields;
import io.hichat.shared.web.ListResponse;
import io.hichat.shared.web.ListSync;
import io.hichat.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The user's block list: who they blocked, blocking and lifting a block. */
@RestController
@RequiredArgsConstructor
class BlacklistController {

    private static final Map<String, Object> DONE = Map.of();

    private final BlockUserUseCase blockUser;
    private final UnblockUserUseCase unblockUser;
    private final ListBlockedUsersUseCase listBlocked;
    private final FriendshipWebMapper mapper;
    private final FriendshipListVersions versions;

    @PostMapping(FriendshipPaths.BLACKLIST)
    Map<String, Object> block(@CurrentUserId long userId, @RequestBody BlockBody body) {
        blockUser.block(mapper.toCommand(userId, body.userUid(), "user_uid"));
        return DONE;
    }

    @DeleteMapping(FriendshipPaths.BLACKLIST)
    Map<String, Object> unblock(@CurrentUserId long userId,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID),
                    description = "the user: a user id; may be sent as user_uid in a JSON body instead")
            @RequestParam(name = "user_uid", required = false) @Nullable String userUid,
            @RequestBody(required = false) @Nullable UserBody body) {
        unblockUser.unblock(mapper.toCommand(userId, JsonFields.queryOrBody(userUid, body, UserBody::userUid),
                "user_uid"));
        return DONE;
    }

    /** Newest first. */
    @GetMapping(FriendshipPaths.BLACKLIST)
    ListResponse<BlockedUserItem> blocked(@CurrentUserId long userId, PageRequest page) {
        UserId user = new UserId(userId);
        return ListResponse.of(new ListSync<BlockedUser>(versions.of(FriendshipList.BLOCK_LIST, user),
                whole -> whole.pageByKey(listBlocked.list(user, whole.fetchSize(), whole.afterKey(), null),
                        listed -> listed.entry().id()),
                keys -> listBlocked.list(user, keys.size(), null, keys),
                listed -> listed.entry().blocked().value()).answer(page).map(mapper::toItem));
    }
}
