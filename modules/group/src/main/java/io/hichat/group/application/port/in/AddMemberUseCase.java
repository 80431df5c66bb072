package io.hichat.group.application.port.in;

public interface AddMemberUseCase {

    /** Makes the user a member; a user who is one already stays as they are. */
    void addMember(AddMemberCommand command);
}
