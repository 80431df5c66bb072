package io.hichat.group.application.port.in;

import java.util.List;

public interface ListJoinRequestsUseCase {

    /**
     * The user's own requests in every group, or one group's requests for its creator and managers; newest first.
     *
     * @throws io.hichat.group.domain.InvalidGroupRequest if a group's requests are asked for without the group
     * @throws io.hichat.group.domain.GroupNotFound if there is no such group
     * @throws io.hichat.group.domain.NotAllowedInGroup if the user is not the group's creator or a manager
     */
    List<ListedJoinRequest> list(ListJoinRequestsQuery query);
}
