package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.ListCopy.Route;
import io.hichat.testing.ListCopy.Shape;
import io.hichat.testing.SyncProperty;
import tools.jackson.databind.JsonNode;

/**
 * Each group list, kept in step by {@code since} (contract §13), equals a fresh list however it changed: a user, a
 * group of theirs and a few others, each with a group of their own, invite, answer, apply, approve, refuse, quit,
 * remove, promote, mute, rename groups, dismiss them, change their profiles and delete their accounts, one at a time
 * and several at once.
 */
@HttpApiTest
class GroupListSyncApiTest {

    private static final Shape GROUPS = new Shape("list", item -> item.get("id").stringValue());
    private static final Shape MEMBERS = new Shape("List", item -> item.get("user").get("id").stringValue());
    private static final Shape REQUESTS = new Shape("list", item -> Long.toString(item.get("id").asLong()));
    private static final Shape INVITATIONS = new Shape("list", item -> item.get("id").stringValue());

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;
    SyncProperty property;
    Account me;
    String mine;
    /** Each other's own group, by the other's id. */
    Map<String, String> groupOf = new ConcurrentHashMap<>();

    @BeforeEach
    void aUserWithAGroupAndOthersWithTheirs() {
        groups = new GroupApi(api);
        me = Accounts.register(api);
        mine = groups.createGroup(me);
        property = new SyncProperty(jdbc, api, IntStream.range(0, 5).mapToObj(i -> withGroup()).toList());
    }

    @Test
    void myGroupsInStepEqualAFreshOne() throws Exception {
        property.track("my groups", route("/v1/social/groups", null), GROUPS).run(() -> (other, random) -> {
            String theirs = groupOf.get(other.id());
            if (!groups.isMember(me, theirs)) {
                return () -> done(groups.inviteAndAccept(other, theirs, me));
            }
            return switch (random.nextInt(6)) {
                case 0 -> () -> done(groups.quit(me, theirs));
                case 1 -> () -> done(groups.remove(other, theirs, me));
                case 2 -> rename(other, theirs, random);
                case 3 -> dismissAndStartAgain(other);
                case 4 -> property.deletion(other, withGroup());
                default -> () -> done(groups.create(me, "{\"name\":\"g" + random.nextInt(1000) + "\"}"));
            };
        });
    }

    @Test
    void theMemberListInStepEqualsAFreshOne() throws Exception {
        property.track("members", route("/v/social/group/users", "{\"group_id\":\"" + mine + "\"}"), MEMBERS)
                .run(() -> {
                    Map<String, Integer> roles = groups.roles(me, mine);
                    return (other, random) -> {
                        Integer role = roles.get(other.id());
                        if (role == null) {
                            return random.nextBoolean() ? () -> done(groups.inviteAndAccept(me, mine, other))
                                    : () -> applyAndApprove(other);
                        }
                        long seconds = random.nextInt(3) * 600L;
                        return switch (random.nextInt(6)) {
                            case 0 -> () -> done(groups.quit(other, mine));
                            case 1 -> () -> done(groups.remove(me, mine, other));
                            case 2 -> () -> done(groups.setRole(me, mine, other, 1 - role));
                            case 3 -> property.deletion(other, withGroup());
                            case 4 -> role == 0 ? () -> done(groups.mute(me, mine, other.id(), seconds))
                                    : property.profileChange(other);
                            default -> property.profileChange(other);
                        };
                    };
                });
    }

    @Test
    void myJoinRequestsInStepEqualAFreshOne() throws Exception {
        property.track("my join requests", route("/v1/social/group/putIns", "{\"class\":1,\"type\":[]}"), REQUESTS)
                .run(() -> {
                    JsonNode pending = groups.requests(me, "{\"class\":1,\"type\":[\"0\"]}").okField("list");
                    return (other, random) -> {
                        String theirs = groupOf.get(other.id());
                        Optional<JsonNode> open = pending.valueStream()
                                .filter(request -> request.get("group").get("id").stringValue().equals(theirs))
                                .findFirst();
                        if (open.isPresent()) {
                            int result = 1 + random.nextInt(2);
                            return () -> done(groups.handle(other, open.get().get("id").asLong(), theirs, result));
                        }
                        return switch (random.nextInt(5)) {
                            case 0 -> rename(other, theirs, random);
                            case 1 -> dismissAndStartAgain(other);
                            case 2 -> property.profileChange(me);
                            default -> () -> {
                                done(groups.quit(me, theirs));
                                done(groups.apply(me, theirs));
                            };
                        };
                    };
                });
    }

    @Test
    void theGroupsJoinRequestsInStepEqualAFreshOne() throws Exception {
        property.track("the group's join requests",
                route("/v1/social/group/putIns", "{\"group_id\":\"" + mine + "\",\"class\":2,\"type\":[]}"),
                REQUESTS).run(() -> {
                    JsonNode pending = groups.requests(me, "{\"group_id\":\"" + mine + "\",\"class\":2,\"type\":[\"0\"]}")
                            .okField("list");
                    return (other, random) -> {
                        Optional<JsonNode> open = pending.valueStream()
                                .filter(request -> request.get("user").get("id").stringValue().equals(other.id()))
                                .findFirst();
                        if (open.isPresent()) {
                            int result = 1 + random.nextInt(2);
                            return () -> done(groups.handle(me, open.get().get("id").asLong(), mine, result));
                        }
                        return switch (random.nextInt(5)) {
                            case 0 -> property.profileChange(other);
                            case 1 -> property.deletion(other, withGroup());
                            case 2 -> rename(me, mine, random);
                            default -> () -> {
                                done(groups.quit(other, mine));
                                done(groups.apply(other, mine));
                            };
                        };
                    };
                });
    }

    @Test
    void myInvitationsInStepEqualAFreshOne() throws Exception {
        property.track("my invitations", route("/v1/social/group/invitations", null), INVITATIONS).run(() -> {
            JsonNode pending = groups.invitations(me, "?type=0").okField("list");
            return (other, random) -> {
                String theirs = groupOf.get(other.id());
                Optional<JsonNode> open = pending.valueStream()
                        .filter(invitation -> invitation.get("group").get("id").stringValue().equals(theirs))
                        .findFirst();
                if (open.isPresent()) {
                    int result = 1 + random.nextInt(3);
                    Account by = result == 3 ? other : me;
                    return () -> done(groups.answer(by, open.get().get("id").stringValue(), result));
                }
                return switch (random.nextInt(6)) {
                    case 0 -> property.profileChange(other);
                    case 1 -> rename(other, theirs, random);
                    case 2 -> dismissAndStartAgain(other);
                    case 3 -> property.deletion(other, withGroup());
                    default -> () -> {
                        done(groups.quit(me, theirs));
                        assertThat(groups.invitationOf(other, theirs, me)).isNotEqualTo("0");
                    };
                };
            };
        });
    }

    private Route route(String path, String body) {
        return Route.of(api, me, path, body);
    }

    /** A new user with a group of their own. */
    private Account withGroup() {
        Account other = Accounts.register(api);
        groupOf.put(other.id(), groups.createGroup(other));
        return other;
    }

    private Runnable rename(Account by, String group, Random random) {
        String body = "{\"group_id\":\"" + group + "\",\"name\":\"g" + random.nextInt(1000) + "\",\"icon\":\"http://"
                + "127.0.0.1:8000/hichat/social/group/" + random.nextInt(1000) + ".png\"}";
        return () -> done(groups.update(by, body));
    }

    /** The other dismisses their group and creates another. */
    private Runnable dismissAndStartAgain(Account other) {
        return () -> {
            done(groups.dismiss(other, groupOf.get(other.id())));
            groupOf.put(other.id(), groups.createGroup(other));
        };
    }

    private void applyAndApprove(Account other) {
        done(groups.apply(other, mine));
        long request = groups.requests(me, "{\"group_id\":\"" + mine + "\",\"class\":2,\"type\":[\"0\"]}")
                .okField("list").valueStream()
                .filter(item -> item.get("user").get("id").stringValue().equals(other.id())).findFirst()
                .orElseThrow().get("id").asLong();
        done(groups.handle(me, request, mine, 1));
    }

    private static void done(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
