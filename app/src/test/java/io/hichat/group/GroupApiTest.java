package io.hichat.group;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Every group rule and permission of the contract, over HTTP, with the document's names and types. */
@HttpApiTest
class GroupApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;

    Account creator;
    Account applicant;
    String group;

    @BeforeEach
    void aGroupAndSomeoneOutsideIt() {
        groups = new GroupApi(api);
        creator = Accounts.register(api, aRegistration().with("nickname", "群主"));
        applicant = Accounts.register(api, aRegistration().with("nickname", "申请人").with("sex", 1));
        group = groups.createGroup(creator);
    }

    private Account aMember() {
        Account member = Accounts.register(api);
        assertThat(groups.inviteAndAccept(creator, group, member).status()).isEqualTo(200);
        return member;
    }

    private Account aManager() {
        Account manager = aMember();
        jdbc.update("update groups.members set role_level = 1 where group_id = ? and user_id = ?",
                Long.parseLong(group), Long.parseLong(manager.id()));
        return manager;
    }

    /** The applicant asks to join the group; the id of the request, pending. */
    private long theApplicantApplies() {
        groups.apply(applicant, group);
        return groups.pendingRequestOf(creator, group);
    }

    /** A join request that waits for an admin, an invitation (join source 2) naming the inviter for the admins. */
    private static void assertAPendingInvitationBy(Account inviter, JsonNode request) {
        assertThat(request.get("join_source").asInt()).isEqualTo(2);
        assertThat(request.get("inviter_user_id").stringValue()).as("the inviter, recorded for the admins")
                .isEqualTo(inviter.id());
        assertThat(request.get("handle_result").asInt()).isZero();
    }

    private static void expectEmptyObject(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().isObject()).isTrue();
        assertThat(answer.json().isEmpty()).isTrue();
    }

    // creating, and my groups

    @Test
    void aCreatedGroupAnswersItsIdAndIsListedWithTheDocumentedTypes() {
        JsonNode listed = groups.myGroups(creator);

        assertThat(listed).hasSize(1);
        JsonNode item = listed.get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name", "icon", "create_uid",
                "group_type", "is_verify", "notification_uid");
        assertThat(item.get("id").stringValue()).isEqualTo(group);
        assertThat(item.get("name").stringValue()).isEqualTo("rust开发交流群");
        assertThat(item.get("icon").stringValue()).isEqualTo("http://127.0.0.1:8000/hichat/social/group/102.png");
        assertThat(item.get("create_uid").stringValue()).isEqualTo(creator.id());
        assertThat(item.get("group_type").isInt()).isTrue();
        assertThat(item.get("group_type").asInt()).isEqualTo(1);
        assertThat(item.get("is_verify").isBoolean()).isTrue();
        assertThat(item.get("is_verify").asBoolean()).isTrue();
        assertThat(item.get("notification_uid").stringValue()).isEqualTo("0");
    }

    @Test
    void theCreatorIsTheFirstMemberWithRoleTwo() {
        JsonNode members = groups.memberList(creator, group);

        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("role_level").asInt()).isEqualTo(2);
        assertThat(members.get(0).get("user").get("id").stringValue()).isEqualTo(creator.id());
        assertThat(members.get(0).get("inviter_uid").stringValue()).isEqualTo(creator.id());
    }

    @Test
    void myGroupsAtTheDocumentedAliasAnswerTheSame() {
        JsonNode alias = api.get("/v1/socail/groups").bearer(creator.token()).send().json().get("list");

        assertThat(alias).isEqualTo(groups.myGroups(creator));
        assertThat(groups.myGroups(applicant)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"icon\":\"\"}", "{\"name\":\"   \"}", "{\"name\":null}" })
    void aGroupNeedsAName(String body) {
        assertThat(groups.create(creator, body).error(400, 100002)).isEqualTo("name is required");
    }

    @Test
    void aNameIsAtMostSixtyFourCharacters() {
        expectId(groups.create(creator, "{\"name\":\"" + "群".repeat(64) + "\"}"));

        assertThat(groups.create(creator, "{\"name\":\"" + "群".repeat(65) + "\"}").error(400, 100002))
                .contains("64");
    }

    private static void expectId(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("id").isString()).isTrue();
    }

    @Test
    void anIconMustBeAWebUrl() {
        assertThat(groups.create(creator, "{\"name\":\"a\",\"icon\":\"javascript:alert(1)\"}").error(400, 100002))
                .contains("icon");
    }

    @Test
    void aCreationThatIsNotJsonIsRefused() {
        groups.create(creator, "{\"name\":").error(400, 100002);
        assertThat(groups.create(creator, "{\"name\":[\"x\"]}").error(400, 100002))
                .isEqualTo("field 'name' must be a string");
    }

    // joining

    @Test
    void applyingAnswersTheGroupIdAsANumberAndWaitsForAnAdmin() {
        ApiResponse answer = groups.apply(applicant, group);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().propertyNames()).containsExactly("group_id");
        assertThat(answer.json().get("group_id").isIntegralNumber()).isTrue();
        assertThat(answer.json().get("group_id").asLong()).isEqualTo(Long.parseLong(group));
        assertThat(groups.isMember(applicant, group)).isFalse();
        assertThat(groups.requestsOfGroup(creator, group)).hasSize(1);
    }

    @Test
    void aGroupIdMayComeAsANumber() {
        ApiResponse answer = groups.join(applicant, "{\"group_id\":" + group + ",\"join_source\":1}");

        assertThat(answer.json().get("group_id").asLong()).isEqualTo(Long.parseLong(group));
    }

    @Test
    void claimedInvitationDoesNotAdmit() {
        groups.join(applicant, "{\"group_id\":\"" + group + "\",\"req_msg\":\"群主邀请我的\",\"req_time\":0,"
                + "\"join_source\":2,\"inviter_uid\":\"" + creator.id() + "\"}");

        assertThat(groups.isMember(applicant, group)).isFalse();
        assertAPendingInvitationBy(creator, groups.requestsOfGroup(creator, group).get(0));
    }

    @Test
    void aRepeatedApplicationAddsNothing() {
        groups.apply(applicant, group);

        assertThat(groups.apply(applicant, group).status()).isEqualTo(200);

        assertThat(groups.requestsOfGroup(creator, group)).hasSize(1);
    }

    @Test
    void aMemberApplyingChangesNothing() {
        assertThat(groups.apply(creator, group).status()).isEqualTo(200);

        assertThat(groups.requestsOfGroup(creator, group)).isEmpty();
        assertThat(groups.memberList(creator, group)).hasSize(1);
    }

    @Test
    void aGroupThatNeedsNoVerificationAdmitsAtOnce() {
        jdbc.update("update groups.chat_groups set needs_verification = false where id = ?", Long.parseLong(group));

        groups.apply(applicant, group);

        assertThat(groups.isMember(applicant, group)).isTrue();
        assertThat(groups.myGroups(applicant).get(0).get("is_verify").asBoolean()).isFalse();
        JsonNode member = groups.memberList(applicant, group).get(1);
        assertThat(member.get("inviter_uid").stringValue()).as("applied by themselves").isEqualTo(applicant.id());
    }

    @Test
    void joiningAnUnknownGroupIsRefused() {
        assertThat(groups.apply(applicant, "999999999").error(404, 100001)).contains("does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"join_source\":1}", "{\"group_id\":\"abc\"}", "{\"group_id\":\"0\"}",
            "{\"group_id\":\"1\",\"join_source\":3}", "{\"group_id\":\"1\",\"inviter_uid\":\"x\"}",
            "{\"group_id\":\"1\",\"join_source\":\"one\"}", "{\"group_id\":" })
    void aJoinOutsideTheRulesIsRefused(String body) {
        groups.join(applicant, body).error(400, 100002);
    }

    // inviting

    @Test
    void theCreatorsInvitationAdmitsOnceTheInviteeAccepts() {
        ApiResponse invited = groups.invite(creator, group, applicant.id());

        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.json().propertyNames()).containsExactlyInAnyOrder("group_id", "invitation_id");
        assertThat(invited.json().get("group_id").isNumber()).isTrue();
        assertThat(groups.isMember(applicant, group)).isFalse();
        expectEmptyObject(groups.answer(applicant, invited.json().get("invitation_id").stringValue(), 1));

        assertThat(groups.isMember(applicant, group)).isTrue();
        JsonNode member = groups.memberList(creator, group).get(1);
        assertThat(member.get("role_level").asInt()).isZero();
        assertThat(member.get("inviter_uid").stringValue()).isEqualTo(creator.id());
    }

    @Test
    void aManagersInvitationAdmitsOnceTheInviteeAccepts() {
        Account manager = aManager();

        expectEmptyObject(groups.inviteAndAccept(manager, group, applicant));

        assertThat(groups.isMember(applicant, group)).isTrue();
    }

    @Test
    void aPlainMembersAcceptedInvitationWaitsForAnAdminAndNamesTheMember() {
        Account member = aMember();

        expectEmptyObject(groups.inviteAndAccept(member, group, applicant));

        assertThat(groups.isMember(applicant, group)).isFalse();
        JsonNode request = groups.requestsOfGroup(creator, group).get(0);
        assertThat(request.get("user").get("id").stringValue()).isEqualTo(applicant.id());
        assertAPendingInvitationBy(member, request);
    }

    @Test
    void anAdminsInvitationAdmitsSomeoneWhoseRequestWaits() {
        long request = theApplicantApplies();

        assertThat(groups.invitationOf(creator, group, applicant)).isEqualTo("0");

        assertThat(groups.isMember(applicant, group)).isTrue();
        groups.handle(creator, request, group, 1).error(409, 100001);
    }

    @Test
    void aNonMemberCannotInvite() {
        Account outsider = Accounts.register(api);

        groups.invite(applicant, group, outsider.id()).error(403, 100001);

        assertThat(groups.isMember(outsider, group)).isFalse();
    }

    @Test
    void invitingAMemberChangesNothing() {
        Account member = aMember();

        assertThat(groups.invitationOf(creator, group, member)).isEqualTo("0");

        assertThat(groups.memberList(creator, group)).hasSize(2);
    }

    @Test
    void invitingAnUnknownUserOrIntoAnUnknownGroupIsRefused() {
        groups.invite(creator, group, "999999999").error(404, 100001);
        groups.invite(creator, "999999999", applicant.id()).error(404, 100001);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"group_id\":\"1\"}", "{\"user_uid\":\"1\"}", "{\"group_id\":\"x\",\"user_uid\":\"1\"}",
            "{\"group_id\":\"1\",\"user_uid\":\"-1\"}" })
    void anInvitationOutsideTheRulesIsRefused(String body) {
        groups.invite(creator, body).error(400, 100002);
    }

    // handling

    @Test
    void anApprovalMakesTheApplicantAMemberOfTheNextList() {
        long request = theApplicantApplies();

        expectEmptyObject(groups.handle(creator, request, group, 1));

        JsonNode members = groups.memberList(applicant, group);
        assertThat(members).hasSize(2);
        JsonNode newMember = members.get(1);
        assertThat(newMember.get("user").get("id").stringValue()).isEqualTo(applicant.id());
        assertThat(newMember.get("role_level").asInt()).isZero();
        assertThat(newMember.get("inviter_uid").stringValue()).isEqualTo(applicant.id());
        JsonNode handled = groups.requestsOfGroup(creator, group).get(0);
        assertThat(handled.get("handle_result").asInt()).isEqualTo(1);
        assertThat(handled.get("handle_user_id").stringValue()).isEqualTo(creator.id());
        assertThat(handled.get("handle_time").asLong()).isPositive();
    }

    @Test
    void anApprovedClaimedInvitationKeepsTheNamedInviter() {
        Account member = aMember();
        groups.join(applicant, "{\"group_id\":\"" + group + "\",\"join_source\":2,\"inviter_uid\":\"" + member.id()
                + "\"}");

        groups.handle(creator, groups.pendingRequestOf(creator, group), group, 1);

        JsonNode newMember = groups.memberList(creator, group).get(2);
        assertThat(newMember.get("inviter_uid").stringValue()).isEqualTo(member.id());
    }

    @Test
    void aManagerMayDecide() {
        Account manager = aManager();
        long request = theApplicantApplies();

        expectEmptyObject(groups.handle(manager, request, group, 1));

        assertThat(groups.isMember(applicant, group)).isTrue();
    }

    @Test
    void aRefusalAdmitsNoOne() {
        long request = theApplicantApplies();

        expectEmptyObject(groups.handle(creator, request, group, 2));

        assertThat(groups.isMember(applicant, group)).isFalse();
        assertThat(groups.requestsOfGroup(creator, group).get(0).get("handle_result").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheCreatorOrAManagerMayDecide() {
        Account member = aMember();
        Account outsider = Accounts.register(api);
        long request = theApplicantApplies();

        groups.handle(member, request, group, 1).error(403, 100001);
        groups.handle(outsider, request, group, 1).error(403, 100001);
        groups.handle(applicant, request, group, 1).error(403, 100001);

        assertThat(groups.isMember(applicant, group)).isFalse();
    }

    @Test
    void theGroupIdMustBeTheRequestsGroup() {
        String otherGroup = groups.createGroup(creator);
        long request = theApplicantApplies();

        String message = groups.handle(creator, request, otherGroup, 1).error(400, 100002);

        assertThat(message).contains("is not a request to group");
        assertThat(groups.isMember(applicant, group)).isFalse();
    }

    @Test
    void aRequestNoLongerPendingIsRefused() {
        long request = theApplicantApplies();
        groups.handle(creator, request, group, 2);

        assertThat(groups.handle(creator, request, group, 1).error(409, 100001)).contains("no longer pending");
        assertThat(groups.isMember(applicant, group)).isFalse();
    }

    @Test
    void anUnknownRequestIsRefused() {
        groups.handle(creator, 999_999_999L, group, 1).error(404, 100001);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 3, -1 })
    void onlyDecisionsAreAccepted(int result) {
        long request = theApplicantApplies();

        groups.handle(creator, request, group, result).error(400, 100002);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"group_id\":\"1\",\"handle_result\":1}", "{\"group_req_id\":1,\"handle_result\":1}",
            "{\"group_req_id\":1,\"group_id\":\"1\"}",
            "{\"group_req_id\":\"x\",\"group_id\":\"1\",\"handle_result\":1}",
            "[1]" })
    void aDecisionOutsideTheRulesIsRefused(String body) {
        groups.handle(creator, body).error(400, 100002);
    }

    // the join-request list

    @Test
    void joinRequestsAreListedWithEveryDocumentedField() {
        groups.apply(applicant, group);

        JsonNode item = groups.requestsOfGroup(creator, group).get(0);

        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "user", "group", "req_msg", "req_time",
                "join_source", "inviter_user_id", "handle_user_id", "handle_time", "handle_result");
        assertThat(item.get("id").isIntegralNumber()).isTrue();
        assertThat(item.get("user").propertyNames()).containsExactlyInAnyOrder("id", "nickname", "sex", "avatar",
                "Introduction");
        assertThat(item.get("user").get("id").stringValue()).isEqualTo(applicant.id());
        assertThat(item.get("user").get("nickname").stringValue()).isEqualTo("申请人");
        assertThat(item.get("user").get("sex").asInt()).isEqualTo(1);
        assertThat(item.get("group").propertyNames()).containsExactlyInAnyOrder("id", "name", "icon", "create_uid");
        assertThat(item.get("group").get("id").stringValue()).isEqualTo(group);
        assertThat(item.get("group").get("create_uid").stringValue()).isEqualTo(creator.id());
        assertThat(item.get("req_msg").stringValue()).isEqualTo("我是一个php程序员，目前正在学习rust");
        assertThat(item.get("req_time").asLong()).isPositive();
        assertThat(item.get("join_source").asInt()).isEqualTo(1);
        assertThat(item.get("inviter_user_id").stringValue()).isEqualTo("0");
        assertThat(item.get("handle_user_id").stringValue()).isEqualTo("0");
        assertThat(item.get("handle_time").isIntegralNumber()).isTrue();
        assertThat(item.get("handle_time").asLong()).isZero();
        assertThat(item.get("handle_result").asInt()).isZero();
    }

    @Test
    void classOneListsTheCallersOwnRequestsInEveryGroup() {
        String secondGroup = groups.createGroup(creator);
        groups.apply(applicant, group);
        groups.apply(applicant, secondGroup);

        JsonNode mine = groups.requests(applicant, "{\"class\":1,\"type\":[]}").json().get("list");

        assertThat(mine).extracting(item -> item.get("group").get("id").stringValue())
                .containsExactly(secondGroup, group);
    }

    @Test
    void theFieldsMayComeAsQueryParameters() {
        groups.apply(applicant, group);

        ApiResponse answer = api.get("/v1/social/group/putIns?group_id=" + group + "&class=2&type=0&type=1")
                .bearer(creator.token()).send();

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("list")).hasSize(1);
    }

    @Test
    void theTypeFilterTakesStringsOrNumbers() {
        Account other = Accounts.register(api);
        groups.apply(applicant, group);
        groups.apply(other, group);
        groups.handle(creator, groups.requestsOfGroup(creator, group).get(0).get("id").asLong(), group, 2);

        assertThat(groups.requests(creator, "{\"group_id\":\"" + group + "\",\"type\":[\"0\"],\"class\":2}").json()
                .get("list")).hasSize(1);
        assertThat(groups.requests(creator, "{\"group_id\":" + group + ",\"type\":[2],\"class\":2}").json()
                .get("list")).hasSize(1);
        assertThat(groups.requests(creator, "{\"group_id\":\"" + group + "\",\"type\":[\"0\",\"2\"],\"class\":2}")
                .json().get("list")).hasSize(2);
        assertThat(groups.requests(creator, "{\"group_id\":\"" + group + "\",\"type\":[\"1\"],\"class\":2}").json()
                .get("list")).isEmpty();
    }

    @Test
    void onlyAdminsSeeAGroupsRequests() {
        Account member = aMember();

        groups.requests(member, "{\"group_id\":\"" + group + "\",\"type\":[],\"class\":2}").error(403, 100001);
        groups.requests(applicant, "{\"group_id\":\"" + group + "\",\"type\":[],\"class\":2}").error(403, 100001);
        assertThat(groups.requestsOfGroup(aManager(), group)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"type\":[],\"class\":2}", "{\"group_id\":\"1\",\"class\":3}",
            "{\"group_id\":\"1\",\"type\":[\"x\"],\"class\":2}", "{\"group_id\":\"1\",\"type\":[\"5\"],\"class\":2}",
            "{\"group_id\":\"x\",\"class\":2}", "{\"group_id\":" })
    void aRequestListOutsideTheRulesIsRefused(String body) {
        groups.requests(creator, body).error(400, 100002);
    }

    @Test
    void theRequestsOfAnUnknownGroupAreRefused() {
        groups.requests(creator, "{\"group_id\":\"999999999\",\"type\":[],\"class\":2}").error(404, 100001);
    }

    // members

    @Test
    void membersAreListedAsDocumentedWithTheCallerMarked() {
        groups.inviteAndAccept(creator, group, applicant);

        ApiResponse answer = groups.members(applicant, group);

        assertThat(answer.json().propertyNames()).containsExactly("List", "version");
        JsonNode first = answer.json().get("List").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "group_id", "user", "role_level",
                "inviter_uid", "mute_until");
        assertThat(first.get("mute_until").asLong()).isZero();
        assertThat(first.get("id").isIntegralNumber()).isTrue();
        assertThat(first.get("group_id").stringValue()).isEqualTo(group);
        assertThat(first.get("user").propertyNames()).containsExactlyInAnyOrder("id", "nickname", "sex", "avatar",
                "Introduction", "is_current_user");
        assertThat(first.get("user").get("nickname").stringValue()).isEqualTo("群主");
        assertThat(first.get("user").get("is_current_user").asInt()).isZero();
        assertThat(answer.json().get("List").get(1).get("user").get("is_current_user").asInt()).isEqualTo(1);
    }

    @Test
    void theCreatorComesFirstThenManagersThenMembersByJoinTime() {
        Account early = aMember();
        Account late = aMember();
        Account manager = aManager();

        JsonNode members = groups.memberList(late, group);

        assertThat(members).extracting(member -> member.get("user").get("id").stringValue())
                .containsExactly(creator.id(), manager.id(), early.id(), late.id());
        assertThat(members).extracting(member -> member.get("role_level").asInt()).containsExactly(2, 1, 0, 0);
    }

    @Test
    void onlyMembersSeeTheMembers() {
        groups.apply(applicant, group);

        assertThat(groups.members(applicant, group).error(403, 100001)).contains("only members");
    }

    @Test
    void theMembersOfAnUnknownGroupAreRefused() {
        groups.members(creator, "999999999").error(404, 100001);
    }

    @Test
    void theMemberListTakesItsGroupFromTheQueryAndAnswersAtBothPaths() {
        JsonNode byQuery = api.get("/v1/social/group/users?group_id=" + group).bearer(creator.token()).send().json()
                .get("List");

        assertThat(byQuery).isEqualTo(groups.memberList(creator, group));
    }

    @Test
    void aMemberListWithoutAGroupIsRefused() {
        assertThat(api.get("/v1/social/group/users").bearer(creator.token()).send().error(400, 100002))
                .isEqualTo("group_id is required");
    }

    // paging

    @Test
    void memberListsArePagedByToken() {
        Account first = aMember();
        Account second = aMember();

        JsonNode page1 = api.get("/v1/social/group/users?group_id=" + group + "&page_size=2").bearer(creator.token())
                .send().json();
        JsonNode page2 = api.get("/v1/social/group/users?group_id=" + group + "&page_size=2&page_token="
                + page1.get("next_page_token").stringValue()).bearer(creator.token()).send().json();

        assertThat(page1.get("List")).extracting(member -> member.get("user").get("id").stringValue())
                .containsExactly(creator.id(), first.id());
        assertThat(page2.get("List")).extracting(member -> member.get("user").get("id").stringValue())
                .containsExactly(second.id());
        assertThat(page2.has("next_page_token")).isFalse();
    }

    @Test
    void aPageContinuesThroughTheRestOfItsRoleIntoTheLowerOnes() {
        Account early = aMember();
        Account firstManager = aManager();
        Account secondManager = aManager();
        Account late = aMember();

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = api.get("/v1/social/group/users?group_id=" + group + "&page_size=2"
                    + (token == null ? "" : "&page_token=" + token)).bearer(creator.token()).send().json();
            page.get("List").forEach(member -> seen.add(member.get("user").get("id").stringValue()));
            token = page.has("next_page_token") ? page.get("next_page_token").stringValue() : null;
        } while (token != null);

        assertThat(seen).containsExactly(creator.id(), firstManager.id(), secondManager.id(), early.id(), late.id());
    }

    @Test
    void myGroupsAndJoinRequestsArePagedByToken() {
        String second = groups.createGroup(creator);
        groups.apply(applicant, group);
        groups.apply(applicant, second);

        JsonNode groupsPage = api.get("/v1/social/groups?page_size=1").bearer(creator.token()).send().json();
        JsonNode nextGroups = api.get("/v1/social/groups?page_size=1&page_token="
                + groupsPage.get("next_page_token").stringValue()).bearer(creator.token()).send().json();
        JsonNode requestsPage = api.get("/v1/social/group/putIns?class=1&page_size=1").bearer(applicant.token())
                .send().json();
        JsonNode nextRequests = api.get("/v1/social/group/putIns?class=1&page_size=1&page_token="
                + requestsPage.get("next_page_token").stringValue()).bearer(applicant.token()).send().json();

        assertThat(groupsPage.get("list").get(0).get("id").stringValue()).isEqualTo(group);
        assertThat(nextGroups.get("list").get(0).get("id").stringValue()).isEqualTo(second);
        assertThat(requestsPage.get("list").get(0).get("group").get("id").stringValue()).isEqualTo(second);
        assertThat(nextRequests.get("list").get(0).get("group").get("id").stringValue()).isEqualTo(group);
        assertThat(nextRequests.has("next_page_token")).isFalse();
    }

    @Test
    void everyGroupRouteNeedsAToken() {
        api.post("/v1/social/group").json("{\"name\":\"a\"}").send().error(401, 100003);
        api.get("/v1/social/groups").send().error(401, 100003);
        api.get("/v1/socail/groups").send().error(401, 100003);
        api.post("/v1/social/group/putIn").json("{}").send().error(401, 100003);
        api.put("/v1/social/group/putIn").json("{}").send().error(401, 100003);
        api.post("/v1/social/group/invite").json("{}").send().error(401, 100003);
        api.get("/v1/social/group/putIns").send().error(401, 100003);
        api.get("/v1/social/group/users").send().error(401, 100003);
        api.get("/v/social/group/users").send().error(401, 100003);
    }
}
