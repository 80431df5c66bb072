package io.hichat.friendship.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.adapter.in.web.FriendshipPaths.CompatibilityPaths;
import io.hichat.friendship.application.port.in.EndFriendshipUseCase;
import io.hichat.friendship.application.port.in.HandleFriendRequestUseCase;
import io.hichat.friendship.application.port.in.ListFriendRequestsQuery;
import io.hichat.friendship.application.port.in.ListFriendRequestsUseCase;
import io.hichat.friendship.application.port.in.ListFriendsUseCase;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase;
import io.hichat.friendship.application.port.in.SetRemarkUseCase;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.FriendshipList;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.JsonFields;
import io.hichat.shared.web.ListResponse;
import io.hichat.shared.web.ListSync;
import io.hichat.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

@RestController
@RequiredArgsConstructor
class FriendshipController {

    /** The document's answer to a send or a decision. */
    private static final Map<String, Object> DONE = Map.of();

    private final SendFriendRequestUseCase sendRequest;
    private final HandleFriendRequestUseCase handleRequest;
    private final ListFriendRequestsUseCase listRequests;
    private final ListFriendsUseCase listFriends;
    private final SetRemarkUseCase setRemark;
    private final EndFriendshipUseCase endFriendship;
    private final FriendshipWebMapper mapper;
    private final FriendshipListVersions versions;

    @PostMapping({ FriendshipPaths.REQUEST, CompatibilityPaths.SEND_REQUEST })
    Map<String, Object> sendFriendRequest(@CurrentUserId long userId, @RequestBody SendFriendRequestBody body) {
        sendRequest.send(mapper.toCommand(userId, body));
        return DONE;
    }

    @PutMapping(FriendshipPaths.REQUEST)
    Map<String, Object> handleFriendRequest(@CurrentUserId long userId, @RequestBody HandleFriendRequestBody body) {
        handleRequest.handle(mapper.toCommand(userId, body));
        return DONE;
    }

    /**
     * @param type the results wanted (0 pending, 1 accepted, 2 refused, 3 cancelled), repeatable; none for all
     * @param box {@code class}: 1 the requests I sent, 2 those sent to me
     */
    @GetMapping({ FriendshipPaths.REQUESTS, CompatibilityPaths.REQUESTS })
    ListResponse<FriendRequestItem> friendRequests(@CurrentUserId long userId,
            @Parameter(array = @ArraySchema(
                    schema = @Schema(type = "integer", allowableValues = { "0", "1", "2", "3" })))
            @RequestParam(name = "type", required = false) @Nullable List<@Nullable Integer> type,
            @Parameter(schema = @Schema(type = "integer", allowableValues = { "1", "2" }))
            @RequestParam(name = "class", required = false) @Nullable Integer box, PageRequest page) {
        UserId user = new UserId(userId);
        RequestBox inBox = mapper.box(box);
        Set<HandleResult> results = mapper.results(type);
        return ListResponse.of(new ListSync<FriendRequest>(versions.of(FriendshipList.FRIEND_REQUESTS, user),
                whole -> whole.pageByKey(listRequests.list(new ListFriendRequestsQuery(user, inBox, results,
                        whole.fetchSize(), whole.afterKey(FriendRequestId::new), null)),
                        request -> request.getId().value()),
                keys -> listRequests.list(new ListFriendRequestsQuery(user, inBox, results, keys.size(), null, keys)),
                request -> request.getId().value()).answer(page).map(mapper::toItem));
    }

    @GetMapping(FriendshipPaths.FRIENDS)
    ListResponse<FriendItem> friends(@CurrentUserId long userId, PageRequest page) {
        UserId user = new UserId(userId);
        return ListResponse.of(new ListSync<ListedFriend>(versions.of(FriendshipList.FRIENDS, user),
                whole -> whole.pageByKey(listFriends.list(user, whole.fetchSize(), whole.afterKey(), null),
                        listed -> listed.entry().id()),
                keys -> listFriends.list(user, keys.size(), null, keys),
                listed -> listed.entry().friend().value()).answer(page).map(mapper::toItem));
    }

    @PutMapping(FriendshipPaths.REMARK)
    Map<String, Object> setRemark(@CurrentUserId long userId, @RequestBody RemarkBody body) {
        setRemark.setRemark(mapper.toCommand(userId, body));
        return DONE;
    }

    @DeleteMapping(FriendshipPaths.FRIEND)
    Map<String, Object> deleteFriend(@CurrentUserId long userId,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID),
                    description = "the friend: a user id; may be sent as friend_uid in a JSON body instead")
            @RequestParam(name = "friend_uid", required = false) @Nullable String friendUid,
            @RequestBody(required = false) @Nullable FriendBody body) {
        endFriendship.endFriendship(mapper.toCommand(userId,
                JsonFields.queryOrBody(friendUid, body, FriendBody::friendUid), "friend_uid"));
        return DONE;
    }
}
