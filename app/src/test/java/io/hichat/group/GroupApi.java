package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

/** The group routes as a client calls them, for the group tests. */
public final class GroupApi {

    private final Api api;

    public GroupApi(Api api) {
        this.api = api;
    }

    public ApiResponse create(Account creator, String body) {
        return api.post("/v1/social/group").bearer(creator.token()).json(body).send();
    }

    /** Creates a group as the document's example does; returns its id. */
    public String createGroup(Account creator) {
        return create(creator,
                "{\"name\":\"rust开发交流群\",\"icon\":\"http://127.0.0.1:8000/hichat/social/group/102.png\"}")
                .okField("id").stringValue();
    }

    public ApiResponse join(Account applicant, String body) {
        return api.post("/v1/social/group/putIn").bearer(applicant.token()).json(body).send();
    }

    public ApiResponse apply(Account applicant, String groupId) {
        return join(applicant, "{\"group_id\":\"" + groupId + "\",\"req_msg\":\"我是一个php程序员，目前正在学习rust\","
                + "\"req_time\":0,\"join_source\":1,\"inviter_uid\":\"0\"}");
    }

    /** An invitation with the body as given. */
    public ApiResponse invite(Account inviter, String body) {
        return api.post("/v1/social/group/invite").bearer(inviter.token()).json(body).send();
    }

    public ApiResponse invite(Account inviter, String groupId, String userId) {
        return invite(inviter, "{\"group_id\":\"" + groupId + "\",\"user_uid\":\"" + userId + "\"}");
    }

    /** Invites the user; the id of the invitation the answer names ("0" when none was needed). */
    public String invitationOf(Account inviter, String groupId, Account invitee) {
        return invite(inviter, groupId, invitee.id()).okField("invitation_id").stringValue();
    }

    /** An answer to an invitation with the body as given. */
    public ApiResponse answer(Account by, String body) {
        return api.put("/v1/social/group/invitation").bearer(by.token()).json(body).send();
    }

    /** 1 accept, 2 decline, 3 cancel. */
    public ApiResponse answer(Account by, String invitationId, int result) {
        return answer(by, "{\"invitation_id\":\"" + invitationId + "\",\"handle_result\":" + result + "}");
    }

    /** The inviter invites, the invitee accepts: the acceptance's answer. */
    public ApiResponse inviteAndAccept(Account inviter, String groupId, Account invitee) {
        return answer(invitee, invitationOf(inviter, groupId, invitee), 1);
    }

    /** The invitations the user received, with the query as given (empty or starting with '?'). */
    public ApiResponse invitations(Account of, String query) {
        return api.get("/v1/social/group/invitations" + query).bearer(of.token()).send();
    }

    public JsonNode invitationList(Account of) {
        return invitations(of, "").okField("list");
    }

    /** A decision on a join request with the body as given. */
    public ApiResponse handle(Account by, String body) {
        return api.put("/v1/social/group/putIn").bearer(by.token()).json(body).send();
    }

    public ApiResponse handle(Account by, long requestId, String groupId, int result) {
        return handle(by, "{\"group_req_id\":" + requestId + ",\"group_id\":\"" + groupId + "\",\"handle_result\":"
                + result + "}");
    }

    /** The join-request list, with its fields in a JSON body as the document sends them. */
    public ApiResponse requests(Account of, String body) {
        return api.get("/v1/social/group/putIns").bearer(of.token()).json(body).send();
    }

    public JsonNode requestsOfGroup(Account admin, String groupId) {
        return requests(admin, "{\"group_id\":\"" + groupId + "\",\"type\":[],\"class\":2}").okField("list");
    }

    public long pendingRequestOf(Account admin, String groupId) {
        JsonNode pending = requests(admin, "{\"group_id\":\"" + groupId + "\",\"type\":[\"0\"],\"class\":2}").json()
                .get("list");
        assertThat(pending).hasSize(1);
        return pending.get(0).get("id").asLong();
    }

    public ApiResponse members(Account of, String groupId) {
        return api.get("/v/social/group/users").bearer(of.token()).json("{\"group_id\":\"" + groupId + "\"}").send();
    }

    public JsonNode memberList(Account of, String groupId) {
        return members(of, groupId).okField("List");
    }

    public JsonNode myGroups(Account of) {
        return api.get("/v1/social/groups").bearer(of.token()).send().okField("list");
    }

    public boolean isMember(Account user, String groupId) {
        return myGroups(user).valueStream().anyMatch(group -> group.get("id").stringValue().equals(groupId));
    }

    /** A group of the creator's with the given users as plain members, invited by the creator and accepting. */
    public String groupWith(Account creator, Account... members) {
        String group = createGroup(creator);
        for (Account member : members) {
            assertThat(inviteAndAccept(creator, group, member).status()).isEqualTo(200);
        }
        return group;
    }

    public ApiResponse info(Account of, String groupId) {
        return api.get("/v1/social/group/info?group_id=" + groupId).bearer(of.token()).send();
    }

    public ApiResponse update(Account by, String body) {
        return api.put("/v1/social/group").bearer(by.token()).json(body).send();
    }

    public ApiResponse quit(Account member, String groupId) {
        return api.post("/v1/social/group/quit").bearer(member.token()).json(groupBody(groupId)).send();
    }

    public ApiResponse remove(Account by, String groupId, Account member) {
        return api.delete("/v1/social/group/users?group_id=" + groupId + "&user_uid=" + member.id())
                .bearer(by.token()).send();
    }

    public ApiResponse setRole(Account by, String groupId, Account member, int role) {
        return api.put("/v1/social/group/role").bearer(by.token()).json("{\"group_id\":\"" + groupId
                + "\",\"user_uid\":\"" + member.id() + "\",\"role_level\":" + role + "}").send();
    }

    public ApiResponse transfer(Account by, String groupId, Account member) {
        return api.post("/v1/social/group/transfer").bearer(by.token())
                .json("{\"group_id\":\"" + groupId + "\",\"user_uid\":\"" + member.id() + "\"}").send();
    }

    public ApiResponse mute(Account by, String groupId, String userUid, long seconds) {
        return api.put("/v1/social/group/mute").bearer(by.token()).json("{\"group_id\":\"" + groupId
                + "\",\"user_uid\":\"" + userUid + "\",\"seconds\":" + seconds + "}").send();
    }

    public ApiResponse dismiss(Account by, String groupId) {
        return api.delete("/v1/social/group?group_id=" + groupId).bearer(by.token()).send();
    }

    /** Each member's role by user id, from the member list. */
    public Map<String, Integer> roles(Account of, String groupId) {
        Map<String, Integer> roles = new TreeMap<>();
        memberList(of, groupId).forEach(member -> roles.put(member.get("user").get("id").stringValue(),
                member.get("role_level").asInt()));
        return roles;
    }

    private static String groupBody(String groupId) {
        return "{\"group_id\":\"" + groupId + "\"}";
    }
}
