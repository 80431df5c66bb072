package io.hichat.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts.Account;

/**
 * The property of contract §13, checked over HTTP: a client applying the {@code since} answers, from whatever
 * version it holds, ends with exactly the list a fresh request gives. A run makes random changes, step by step; a
 * step is one change, or several by different users at once while devices read the list. After each step, new
 * devices may start from the list as it is, and a random choice of the devices catches up, each from the version
 * it last held, and must then hold what a fresh request gives, at the same version. The seed is in every failure.
 */
public final class SyncProperty {

    /** The changes a run makes at the least. */
    public static final int CHANGES = 60;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private final List<Tracked> lists = new ArrayList<>();
    private final JdbcTemplate jdbc;
    private final Api api;
    private final List<Account> others;
    private final Timestamp started = Timestamp.from(Instant.now());

    /**
     * @param jdbc reads the event publication registry, to wait for what the changes set off after their answers
     * @param others the users whose doings change the lists, beside the lists' owner
     */
    public SyncProperty(JdbcTemplate jdbc, Api api, List<Account> others) {
        this.jdbc = jdbc;
        this.api = api;
        this.others = new ArrayList<>(others);
    }

    /** A change of the lists that involves another user, drawn with the run's random. */
    public interface ChangeWith {

        Runnable of(Account other, Random random);
    }

    private record Tracked(String name, ListCopy.Route route, ListCopy.Shape shape, List<ListCopy> devices) {
    }

    public Random random() {
        return random;
    }

    /** A list to check, with a first device holding it as it is now. */
    public SyncProperty track(String name, ListCopy.Route route, ListCopy.Shape shape) {
        lists.add(new Tracked(name, route, shape, new ArrayList<>(List.of(ListCopy.taken(route, shape, random)))));
        return this;
    }

    /**
     * Runs steps until {@link #CHANGES} changes are made. Each step asks {@code changes} for how it changes the lists
     * as they are now, then makes one such change, or three at once, each with a different one of the others; a
     * change checks that the server took it.
     */
    public void run(Supplier<ChangeWith> changes) throws Exception {
        int made = 0;
        while (made < CHANGES) {
            ChangeWith change = changes.get();
            List<Account> chosen = new ArrayList<>(others);
            Collections.shuffle(chosen, random);
            List<Runnable> step = chosen.subList(0, random.nextInt(3) == 0 ? 3 : 1).stream()
                    .map(other -> change.of(other, random)).toList();
            made += step.size();
            runWhileDevicesRead(step);
            awaitListeners();
            for (Tracked list : lists) {
                if (random.nextInt(4) == 0) {
                    list.devices().add(ListCopy.taken(list.route(), list.shape(), random));
                }
                for (ListCopy device : list.devices()) {
                    if (random.nextBoolean()) {
                        checkCaughtUp(list, device, made);
                    }
                }
            }
        }
        for (Tracked list : lists) {
            for (ListCopy device : list.devices()) {
                checkCaughtUp(list, device, made);
            }
        }
    }

    /** The other's account deleted, with the replacement taking its place among the others from the next step. */
    public Runnable deletion(Account other, Account replacement) {
        others.set(others.indexOf(other), replacement);
        return () -> Accounts.delete(api, other);
    }

    /** The other's new nickname and avatar. */
    public Runnable profileChange(Account other) {
        String nickname = "n" + random.nextInt(1000);
        String avatar = "http://127.0.0.1:8082/avatar/" + random.nextInt(1000) + ".png";
        return () -> Accounts.changeProfile(api, other, nickname, avatar);
    }

    /** A profile change or an account's clean-up reaches the lists through events, after the change answered. */
    private void awaitListeners() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM modulith.event_publication WHERE completion_date IS NULL "
                        + "AND publication_date >= ? AND (listener_id LIKE 'friendship.%' OR listener_id LIKE 'group.%')",
                Long.class, started) == 0);
    }

    private void checkCaughtUp(Tracked list, ListCopy device, int made) {
        device.catchUp();
        ListCopy.Listed fresh = ListCopy.fresh(list.route(), list.shape());
        assertThat(device.items()).as("seed %d, %s after %d changes, from version %s", seed, list.name(), made,
                device.version()).isEqualTo(fresh.items());
        assertThat(device.version()).as("seed %d, %s: the version a fresh request says", seed, list.name())
                .isEqualTo(fresh.version());
    }

    /** The step's changes, all at once, while one device of each list catches up. */
    private void runWhileDevicesRead(List<Runnable> step) throws Exception {
        List<Callable<Void>> calls = new ArrayList<>();
        step.forEach(change -> calls.add(() -> {
            change.run();
            return null;
        }));
        for (Tracked list : lists) {
            ListCopy reading = list.devices().get(random.nextInt(list.devices().size()));
            calls.add(() -> {
                reading.catchUp();
                return null;
            });
        }
        Simultaneously.run(calls);
    }
}
