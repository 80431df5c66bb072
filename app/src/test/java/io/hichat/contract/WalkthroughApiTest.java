package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hichat.testing.FreePort;
import io.hichat.testing.TestDatabase;

/**
 * Runs the curl commands of {@code docs/api.md}, in order, with bash and curl, against a server started on an empty
 * database of its own (so ids are the walkthrough's), and compares each answer with the one written under it. Tokens,
 * times, request ids and dates differ from run to run and are compared by shape only. Then it runs the README's
 * example, which must succeed after the walkthrough: the two never register the same phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WalkthroughApiTest {

    private static final Path WALKTHROUGH = Path.of("..", "docs", "api.md");
    private static final Path README = Path.of("..", "README.md");
    private static final String DATABASE = TestDatabase.createScratchDatabase("hichat_walkthrough");
    private static final int SECOND_PORT = FreePort.find();
    private static final String PROMPT = "$ ";
    private static final String END_OF_ANSWER = "@@answered@@";

    /** What differs between runs, each with what it is compared as. */
    private static final List<String[]> VARYING = List.of(
            new String[] { "eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+", "<token>" },
            new String[] { "\"(expire|req_time|block_time|notification_time|mute_until|created_time)\":\\d+",
                    "\"$1\":<time>" },
            new String[] { "\"lastLogin\":\"\\d+\"", "\"lastLogin\":\"<time>\"" },
            new String[] { "(?m)^X-Request-Id: \\S+", "X-Request-Id: <id>" },
            new String[] { "(?m)^Date: .*$", "Date: <date>" },
            new String[] { "(?m)[ \\t\\r]+$", "" });

    @DynamicPropertySource
    static void ownDatabaseAndPorts(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> TestDatabase.server().urlOf(DATABASE));
        properties.add("hichat.server.additional-port", () -> SECOND_PORT);
    }

    @LocalServerPort
    int port;

    /** One command of a console block and the answer written under it. */
    record Step(String command, String answer) {
    }

    @Test
    void everyCommandOfTheWalkthroughAndThenTheReadmesExampleAnswerAsWritten() throws Exception {
        List<Step> steps = new ArrayList<>(steps(Files.readString(WALKTHROUGH)));
        int walkthrough = steps.size();
        steps.addAll(steps(Files.readString(README)));
        assertThat(walkthrough).as("commands in docs/api.md").isGreaterThanOrEqualTo(15);
        assertThat(steps.size() - walkthrough).as("commands in the README").isGreaterThanOrEqualTo(1);

        List<String> answers = run(steps);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < steps.size(); i++) {
            softly.assertThat(comparable(answers.get(i)))
                    .as("the answer to %s", steps.get(i).command())
                    .isEqualTo(comparable(steps.get(i).answer()));
        }
        softly.assertAll();
    }

    /** The commands of every {@code console} block, each with the lines up to the next command or the block's end. */
    private static List<Step> steps(String markdown) {
        List<Step> steps = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder answer = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (!inConsole) {
                inConsole = line.equals("```console");
                continue;
            }
            if (line.startsWith("```") || line.startsWith(PROMPT)) {
                if (command != null) {
                    steps.add(new Step(command, answer.toString().strip()));
                }
                command = line.startsWith(PROMPT) ? line.substring(PROMPT.length()) : null;
                answer.setLength(0);
                inConsole = !line.startsWith("```");
            } else {
                answer.append(line).append('\n');
            }
        }
        return steps;
    }

    /** Runs the steps as one bash script, so that what one step keeps in a variable the next can use. */
    private List<String> run(List<Step> steps) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (Step step : steps) {
            script.append(step.command().replace("localhost:8888", "localhost:" + port)
                    .replace("localhost:8889", "localhost:" + SECOND_PORT)).append('\n');
            script.append("printf '\\n").append(END_OF_ANSWER).append("\\n'\n");
        }
        Path printed = Files.createTempFile("walkthrough", ".txt");
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true)
                .redirectOutput(printed.toFile()).start();
        boolean finished = bash.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            bash.destroyForcibly();
        }
        String output = Files.readString(printed);
        Files.delete(printed);
        assertThat(finished).as("the walkthrough finishes within a minute; it printed:%n%s", output).isTrue();
        assertThat(bash.exitValue()).as("bash's exit status; it printed:%n%s", output).isZero();
        List<String> answers = List.of(output.split(Pattern.quote("\n" + END_OF_ANSWER + "\n"), -1));
        assertThat(answers).as("one answer per command; bash printed:%n%s", output).hasSize(steps.size() + 1);
        return answers.subList(0, steps.size()).stream().map(String::strip).toList();
    }

    private static String comparable(String answer) {
        String text = answer.replace("\r", "");
        for (String[] varying : VARYING) {
            text = text.replaceAll(varying[0], varying[1]);
        }
        return text.strip();
    }
}
