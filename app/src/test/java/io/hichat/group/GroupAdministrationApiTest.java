package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Contract §10 over HTTP: every row of the permission matrix, allowed and refused, and every rule and error. The
 * group has a creator, a manager, two plain members; an outsider belongs to no group.
 */
@HttpApiTest
class GroupAdministrationApiTest {

    private static final String EMPTY = "{}";

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;
    Account creator;
    Account manager;
    Account member;
    Account another;
    Account outsider;
    String group;

    @BeforeEach
    void aGroup() {
        groups = new GroupApi(api);
        creator = Accounts.register(api);
        manager = Accounts.register(api);
        member = Accounts.register(api);
        another = Accounts.register(api);
        outsider = Accounts.register(api);
        group = groups.groupWith(creator, manager, member, another);
        done(groups.setRole(creator, group, manager, 1));
    }

    private static void done(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(EMPTY);
    }

    @Test
    void aMemberSeesTheWholeGroupAndAnOutsiderOnlyEnoughToApply() {
        done(groups.update(manager, "{\"group_id\":\"" + group + "\",\"notification\":\"周五晚上八点线上分享\"}"));

        JsonNode seen = groups.info(member, group).json();
        JsonNode outside = groups.info(outsider, group).json();

        assertThat(seen.get("id").stringValue()).isEqualTo(group);
        assertThat(seen.get("create_uid").stringValue()).isEqualTo(creator.id());
        assertThat(seen.get("member_count").asInt()).isEqualTo(4);
        assertThat(seen.get("notification").stringValue()).isEqualTo("周五晚上八点线上分享");
        assertThat(seen.get("notification_uid").stringValue()).isEqualTo(manager.id());
        assertThat(seen.get("notification_time").asLong()).isPositive();
        assertThat(seen.get("mute_until").asLong()).isZero();
        assertThat(seen.get("my_role").asInt()).isZero();
        assertThat(outside.propertyNames()).containsExactlyInAnyOrder("id", "name", "icon", "is_verify",
                "member_count");
        assertThat(groups.info(outsider, "999999999").error(404, 100001)).isEqualTo("group 999999999 does not exist");
    }

    @Test
    void theCreatorOrAManagerUpdatesOnlyTheCreatorChangesVerificationAndMembersNothing() {
        done(groups.update(manager, "{\"group_id\":\"" + group + "\",\"name\":\"go开发交流群\"}"));
        groups.update(manager, "{\"group_id\":\"" + group + "\",\"is_verify\":false}").error(403, 100001);
        groups.update(member, "{\"group_id\":\"" + group + "\",\"name\":\"x\"}").error(403, 100001);
        groups.update(outsider, "{\"group_id\":\"" + group + "\",\"name\":\"x\"}").error(403, 100001);
        done(groups.update(creator, "{\"group_id\":\"" + group + "\",\"is_verify\":false}"));

        JsonNode seen = groups.info(creator, group).json();
        assertThat(seen.get("name").stringValue()).isEqualTo("go开发交流群");
        assertThat(seen.get("is_verify").asBoolean()).isFalse();
        assertThat(groups.apply(outsider, group).status()).isEqualTo(200);
        assertThat(groups.isMember(outsider, group)).as("joins at once once no verification is needed").isTrue();
        assertThat(groups.update(creator, "{\"group_id\":\"" + group + "\",\"name\":\"\"}").error(400, 100002))
                .contains("name");
        assertThat(groups.update(creator, "{\"group_id\":\"" + group + "\",\"notification\":\""
                + "字".repeat(1001) + "\"}").error(400, 100002)).contains("notification");
        assertThat(groups.update(creator, "{\"name\":\"x\"}").error(400, 100002)).contains("group_id");
    }

    @Test
    void aMemberQuitsTheCreatorCannotAndAnOutsiderChangesNothing() {
        done(groups.quit(member, group));
        done(groups.quit(outsider, group));
        done(groups.quit(member, group));

        assertThat(groups.isMember(member, group)).isFalse();
        assertThat(groups.quit(creator, group).error(409, 100001))
                .isEqualTo("the creator cannot quit group " + group + ": transfer it or dismiss it first");
        assertThat(groups.info(creator, group).json().get("member_count").asInt()).isEqualTo(3);
    }

    @Test
    void theCreatorRemovesAnyoneElseAManagerPlainMembersOnlyAndAMemberNoOne() {
        done(groups.remove(manager, group, member));
        groups.remove(manager, group, creator).error(403, 100001);
        groups.remove(another, group, manager).error(403, 100001);
        groups.remove(outsider, group, another).error(403, 100001);
        done(groups.remove(creator, group, manager));
        done(groups.remove(creator, group, outsider));

        assertThat(groups.roles(creator, group)).containsOnlyKeys(creator.id(), another.id());
        done(groups.setRole(creator, group, another, 1));
        done(groups.inviteAndAccept(creator, group, manager));
        done(groups.setRole(creator, group, manager, 1));
        groups.remove(manager, group, another).error(403, 100001);
        done(groups.remove(creator, group, manager));
        assertThat(groups.remove(creator, group, creator).error(400, 100002)).contains("quit");
        assertThat(api.delete("/v1/social/group/users").bearer(creator.token())
                .json("{\"group_id\":\"" + group + "\",\"user_uid\":\"" + another.id() + "\"}").send().status())
                .isEqualTo(200);
        assertThat(groups.roles(creator, group)).containsOnlyKeys(creator.id());
    }

    @Test
    void onlyTheCreatorSetsRolesOfMembers() {
        done(groups.setRole(creator, group, member, 1));
        done(groups.setRole(creator, group, manager, 0));
        groups.setRole(manager, group, another, 1).error(403, 100001);
        groups.setRole(creator, group, outsider, 1).error(404, 100001);
        assertThat(groups.setRole(creator, group, member, 2).error(400, 100002)).contains("role_level");
        groups.setRole(creator, group, creator, 0).error(409, 100001);

        assertThat(groups.roles(creator, group)).containsEntry(member.id(), 1).containsEntry(manager.id(), 0)
                .containsEntry(creator.id(), 2);
    }

    @Test
    void aTransferMakesTheMemberTheCreatorAndTheCreatorAManager() {
        groups.transfer(manager, group, member).error(403, 100001);
        groups.transfer(creator, group, outsider).error(404, 100001);
        groups.transfer(creator, group, creator).error(400, 100002);

        done(groups.transfer(creator, group, member));

        Map<String, Integer> roles = groups.roles(member, group);
        assertThat(roles).containsEntry(member.id(), 2).containsEntry(creator.id(), 1);
        assertThat(roles.values()).filteredOn(role -> role == 2).hasSize(1);
        assertThat(groups.info(creator, group).json().get("create_uid").stringValue()).isEqualTo(member.id());
        done(groups.quit(creator, group));
    }

    @Test
    void plainMembersOrTheWholeGroupAreMutedByAnAdminForAtMost30Days() {
        done(groups.mute(manager, group, member.id(), 3600));
        done(groups.mute(creator, group, "0", 60));

        JsonNode muted = groups.memberList(creator, group).valueStream()
                .filter(entry -> entry.get("user").get("id").stringValue().equals(member.id())).findFirst()
                .orElseThrow();
        assertThat(muted.get("mute_until").asLong()).isBetween(nowPlus(3590), nowPlus(3610));
        assertThat(groups.info(member, group).json().get("mute_until").asLong()).isBetween(nowPlus(50),
                nowPlus(70));
        groups.mute(creator, group, manager.id(), 60).error(403, 100001);
        groups.mute(manager, group, creator.id(), 60).error(403, 100001);
        groups.mute(member, group, another.id(), 60).error(403, 100001);
        groups.mute(creator, group, outsider.id(), 60).error(404, 100001);
        assertThat(groups.mute(creator, group, member.id(), 2_592_001).error(400, 100002)).contains("seconds");
        assertThat(groups.mute(creator, group, member.id(), -1).error(400, 100002)).contains("seconds");
        done(groups.mute(creator, group, member.id(), 0));
        assertThat(groups.memberList(creator, group).valueStream().mapToLong(entry -> entry.get("mute_until")
                .asLong()).sum()).isZero();
    }

    /** Contract §10: a creator or manager is never muted, so a promotion lifts a mute, and 0 lifts any mute. */
    @Test
    void aPromotionLiftsTheMemberAMuteAndZeroSecondsLiftsWhoeverHoldsOne() {
        done(groups.mute(creator, group, member.id(), 3600));
        done(groups.mute(creator, group, another.id(), 3600));

        done(groups.setRole(creator, group, member, 1));
        done(groups.transfer(creator, group, another));

        assertThat(muteOf(another, member)).as("muted, then made a manager").isZero();
        assertThat(muteOf(another, another)).as("muted, then handed the group").isZero();
        jdbc.update("update groups.members set mute_until = now() + interval '1 hour' where user_id = ?",
                Long.parseLong(manager.id()));
        done(groups.mute(another, group, manager.id(), 0));
        assertThat(muteOf(another, manager)).as("a mute a manager still held, lifted by 0").isZero();
    }

    private long muteOf(Account viewer, Account member) {
        return groups.memberList(viewer, group).valueStream()
                .filter(entry -> entry.get("user").get("id").stringValue().equals(member.id())).findFirst()
                .orElseThrow().get("mute_until").asLong();
    }

    @Test
    void aDismissedGroupIsGoneFromEveryRouteAndEveryList() {
        groups.dismiss(manager, group).error(403, 100001);
        groups.dismiss(outsider, group).error(403, 100001);

        done(groups.dismiss(creator, group));

        for (Account user : new Account[] { creator, manager, member }) {
            assertThat(groups.isMember(user, group)).isFalse();
        }
        groups.info(creator, group).error(404, 100001);
        groups.members(creator, group).error(404, 100001);
        groups.requests(creator, "{\"group_id\":\"" + group + "\",\"class\":2}").error(404, 100001);
        groups.apply(outsider, group).error(404, 100001);
        groups.invite(creator, group, outsider.id()).error(404, 100001);
        groups.quit(member, group).error(404, 100001);
        groups.remove(creator, group, member).error(404, 100001);
        groups.setRole(creator, group, member, 1).error(404, 100001);
        groups.transfer(creator, group, member).error(404, 100001);
        groups.mute(creator, group, member.id(), 60).error(404, 100001);
        groups.update(creator, "{\"group_id\":\"" + group + "\",\"name\":\"x\"}").error(404, 100001);
        groups.dismiss(creator, group).error(404, 100001);
    }

    private static long nowPlus(long seconds) {
        return Instant.now().getEpochSecond() + seconds;
    }
}
