package io.hichat.group.adapter.in.web;

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

import io.hichat.group.application.port.in.AdministerGroupUseCase;
import io.hichat.group.application.port.in.ViewGroupUseCase;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.JsonFields;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** A group's details and its administration (contract §10). */
@RestController
@RequiredArgsConstructor
class GroupAdminController {

    private static final Map<String, Object> DONE = Map.of();

    private final ViewGroupUseCase viewGroup;
    private final AdministerGroupUseCase administer;
    private final GroupWebMapper mapper;

    @GetMapping(GroupPaths.INFO)
    GroupInfoResponse info(@CurrentUserId long userId,
            @Parameter(required = true, schema = @Schema(pattern = ApiFormats.ID), description = "the group")
            @RequestParam(name = "group_id", required = false) @Nullable String groupId) {
        return mapper.toInfo(viewGroup.view(mapper.groupId(groupId), new UserId(userId)));
    }

    @PutMapping(GroupPaths.GROUP)
    Map<String, Object> update(@CurrentUserId long userId, @RequestBody UpdateGroupBody body) {
        administer.update(mapper.toCommand(userId, body));
        return DONE;
    }

    @PostMapping(GroupPaths.QUIT)
    Map<String, Object> quit(@CurrentUserId long userId, @RequestBody GroupBody body) {
        administer.quit(mapper.toCommand(userId, body.groupId()));
        return DONE;
    }

    @DeleteMapping(GroupPaths.MEMBERS)
    Map<String, Object> removeMember(@CurrentUserId long userId,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID), description = "the group, unless the body names it")
            @RequestParam(name = "group_id", required = false) @Nullable String groupId,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID), description = "the member, unless the body names "
                    + "them")
            @RequestParam(name = "user_uid", required = false) @Nullable String userUid,
            @RequestBody(required = false) @Nullable MemberBody body) {
        administer.removeMember(mapper.toCommand(userId,
                JsonFields.queryOrBody(groupId, body, MemberBody::groupId),
                JsonFields.queryOrBody(userUid, body, MemberBody::userUid)));
        return DONE;
    }

    @PutMapping(GroupPaths.ROLE)
    Map<String, Object> setRole(@CurrentUserId long userId, @RequestBody RoleBody body) {
        administer.setRole(mapper.toCommand(userId, body));
        return DONE;
    }

    @PostMapping(GroupPaths.TRANSFER)
    Map<String, Object> transfer(@CurrentUserId long userId, @RequestBody MemberBody body) {
        administer.transfer(mapper.toCommand(userId, body));
        return DONE;
    }

    @PutMapping(GroupPaths.MUTE)
    Map<String, Object> mute(@CurrentUserId long userId, @RequestBody MuteBody body) {
        administer.mute(mapper.toCommand(userId, body));
        return DONE;
    }

    @DeleteMapping(GroupPaths.GROUP)
    Map<String, Object> dismiss(@CurrentUserId long userId,
            @Parameter(schema = @Schema(pattern = ApiFormats.ID), description = "the group, unless the body names it")
            @RequestParam(name = "group_id", required = false) @Nullable String groupId,
            @RequestBody(required = false) @Nullable GroupBody body) {
        administer.dismiss(mapper.toCommand(userId, JsonFields.queryOrBody(groupId, body, GroupBody::groupId)));
        return DONE;
    }
}
