package io.hichat.group.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

import io.hichat.group.adapter.in.web.GroupPaths.CompatibilityPaths;
import io.hichat.group.application.port.in.CreateGroupUseCase;
import io.hichat.group.application.port.in.HandleJoinRequestUseCase;
import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.JoinGroupUseCase;
import io.hichat.group.application.port.in.ListJoinRequestsQuery;
import io.hichat.group.application.port.in.ListJoinRequestsUseCase;
import io.hichat.group.application.port.in.ListMembersUseCase;
import io.hichat.group.application.port.in.ListMyGroupsUseCase;
import io.hichat.group.application.port.in.ListedJoinRequest;
import io.hichat.group.application.port.in.ListedMember;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupList;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.RequestClass;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.ListResponse;
import io.hichat.shared.web.ListSync;
import io.hichat.shared.web.PageRequest;
import io.hichat.shared.web.RequestIds;
import io.hichat.shared.web.WireValues;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

@RestController
@RequiredArgsConstructor
class GroupController {

    /** The document's answer to a decision. */
    private static final Map<String, Object> DONE = Map.of();

    private final CreateGroupUseCase createGroup;
    private final ListMyGroupsUseCase listMyGroups;
    private final JoinGroupUseCase joinGroup;
    private final HandleJoinRequestUseCase handleRequest;
    private final ListJoinRequestsUseCase listRequests;
    private final ListMembersUseCase listMembers;
    private final GroupWebMapper mapper;
    private final GroupListVersions versions;

    @PostMapping(GroupPaths.GROUP)
    CreatedGroupResponse createGroup(@CurrentUserId long userId, @RequestBody CreateGroupBody body) {
        return new CreatedGroupResponse(WireValues.text(createGroup.create(mapper.toCommand(userId, body))));
    }

    @GetMapping({ GroupPaths.MY_GROUPS, CompatibilityPaths.MY_GROUPS })
    ListResponse<GroupItem> myGroups(@CurrentUserId long userId, PageRequest page) {
        UserId user = new UserId(userId);
        return ListResponse.of(new ListSync<Group>(versions.of(GroupList.MY_GROUPS, userId),
                whole -> whole.pageByKey(listMyGroups.list(user, whole.fetchSize(), whole.afterKey(GroupId::new), null),
                        group -> group.getId().value()),
                keys -> listMyGroups.list(user, keys.size(), null, keys),
                group -> group.getId().value()).answer(page).map(mapper::toItem));
    }

    @PostMapping(GroupPaths.JOIN_REQUEST)
    JoinedResponse joinGroup(@CurrentUserId long userId, @RequestBody JoinGroupBody body) {
        JoinGroupCommand command = mapper.toCommand(userId, body);
        joinGroup.join(command);
        return new JoinedResponse(command.group().value());
    }

    @PutMapping(GroupPaths.JOIN_REQUEST)
    Map<String, Object> handleJoinRequest(@CurrentUserId long userId, @RequestBody HandleJoinRequestBody body) {
        handleRequest.handle(mapper.toCommand(userId, body));
        return DONE;
    }

    /**
     * Fields from the JSON body the document sends, or from query parameters. Without {@code class}: a group's
     * requests when a group is named, the caller's own otherwise.
     */
    @GetMapping(GroupPaths.JOIN_REQUESTS)
    ListResponse<JoinRequestItem> joinRequests(@CurrentUserId long userId,
            @RequestBody(required = false) @Nullable JoinRequestsQuery body,
            @Parameter(schema = @Schema(pattern = ApiFormats.OPTIONAL_ID))
            @RequestParam(name = "group_id", required = false) @Nullable String groupId,
            @Parameter(array = @ArraySchema(schema = @Schema(allowableValues = { "0", "1", "2" })))
            @RequestParam(name = "type", required = false) @Nullable List<String> type,
            @Parameter(schema = @Schema(type = "integer", allowableValues = { "1", "2" }))
            @RequestParam(name = "class", required = false) @Nullable Integer requestClass, PageRequest page) {
        JoinRequestsQuery parameters = new JoinRequestsQuery(groupId, type, requestClass);
        JoinRequestsQuery query = body == null ? parameters : body.orElse(parameters);
        Long group = RequestIds.optional(query.groupId(), "group_id");
        UserId user = new UserId(userId);
        RequestClass listed = mapper.requestClass(query.requestClass(), group);
        GroupId named = group == null ? null : new GroupId(group);
        Set<JoinResult> results = mapper.joinResults(query.type());
        ListSync.ListVersions listVersions = listed == RequestClass.MINE
                ? versions.of(GroupList.MY_JOIN_REQUESTS, userId)
                : versions.of(GroupList.GROUP_JOIN_REQUESTS, group == null ? 0 : group);
        return ListResponse.of(new ListSync<ListedJoinRequest>(listVersions,
                whole -> whole.pageByKey(listRequests.list(new ListJoinRequestsQuery(user, listed, named, results,
                        whole.fetchSize(), whole.afterKey(JoinRequestId::new), null)),
                        request -> request.request().getId().value()),
                keys -> listRequests.list(new ListJoinRequestsQuery(user, listed, named, results, keys.size(),
                        null, keys)),
                request -> request.request().getId().value()).answer(page).map(mapper::toItem));
    }

    @GetMapping({ GroupPaths.MEMBERS, CompatibilityPaths.MEMBERS })
    MembersResponse members(@CurrentUserId long userId, @RequestBody(required = false) @Nullable MembersQuery body,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID), description = "the group, unless the body names it")
            @RequestParam(name = "group_id", required = false) @Nullable String groupId, PageRequest page) {
        String named = body != null && body.groupId() != null ? body.groupId() : groupId;
        UserId user = new UserId(userId);
        GroupId group = new GroupId(RequestIds.required(named, "group_id"));
        return MembersResponse.of(new ListSync<ListedMember>(versions.of(GroupList.MEMBERS, group.value()),
                whole -> whole.pageByKeys(listMembers.list(user, group, whole.fetchSize(), memberCursor(whole), null),
                        listed -> List.of((long) GroupWebMapper.ROLE_CODES.code(listed.member().membership().role()),
                                listed.member().id())),
                keys -> listMembers.list(user, group, keys.size(), null, keys),
                listed -> listed.member().membership().user().value()).answer(page).map(mapper::toItem));
    }

    /** Where the previous page of members ended: the role and id of its last member, as its token holds them. */
    private static @Nullable MemberCursor memberCursor(PageRequest page) {
        List<Long> after = page.afterKeys(2);
        if (after == null) {
            return null;
        }
        return Arrays.stream(RoleLevel.values()).filter(role -> GroupWebMapper.ROLE_CODES.code(role) == after.get(0))
                .findFirst().map(role -> new MemberCursor(role, after.get(1)))
                .orElseThrow(() -> new InvalidRequest("page_token is not valid for this list"));
    }
}
