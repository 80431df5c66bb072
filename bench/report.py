"""Turns one benchmark run's raw output (bench/out/<scale>/) into the tables: printed, and written into
docs/performance.md between its bench markers (the rest of that file, the findings, is kept as written).

Usage: report.py OUT DURATION PGBENCH_DURATION "LEVELS" "ENDPOINTS" "SCALES"

A run of some endpoints only (BENCH_ENDPOINTS) prints its tables and leaves docs/performance.md alone.
"""
import datetime
import os
import re
import subprocess
import sys

LEVELED_READS = ["profile", "friends", "groups", "members", "join-requests"]
READS = ["search", "blocks", "group-info", "friends-first", "friends-deep", "members-first", "members-deep",
         "join-requests-first", "join-requests-deep", "friends-since", "friends-since-change", "members-since",
         "members-since-change"]
WRITES = ["remark", "profile-update", "group-update", "block", "unblock", "unfriend", "mute", "role", "member-removal",
          "quit", "transfer"]
PAIRS = ["write-pair", "create-dismiss", "invitation-pair"]
HASHING = ["login", "account-deletion"]
ROUTES = LEVELED_READS + ["write-pair"] + READS + WRITES + ["create-dismiss", "invitation-pair"] + HASHING
TITLES = {
    "profile": "profile `GET /api/v1/user/detail`",
    "friends": "friends list `GET /v1/social/friends`",
    "groups": "my groups `GET /v1/social/groups`",
    "members": "members of a 200-member group",
    "join-requests": "join requests of a group",
    "write-pair": "write pair (send + accept)",
    "search": "search `GET /api/v1/user/search`",
    "blocks": "block list `GET /v1/social/blacklist`",
    "group-info": "group info `GET /v1/social/group/info`",
    "friends-first": "5,000 friends: first page of 100",
    "friends-deep": "5,000 friends: page 46 of 50",
    "members-first": "2,000 members: first page of 100",
    "members-deep": "2,000 members: page 19 of 20",
    "join-requests-first": "10,000 join requests: first page of 100",
    "join-requests-deep": "10,000 join requests: page 91 of 100",
    "friends-since": "5,000 friends: since the current version",
    "friends-since-change": "5,000 friends: since one change",
    "members-since": "2,000 members: since the current version",
    "members-since-change": "2,000 members: since one change",
    "remark": "remark `PUT /v1/social/friend/remark`",
    "profile-update": "profile update `PUT /api/v1/user/update`",
    "group-update": "group update `PUT /v1/social/group`",
    "block": "block `POST /v1/social/blacklist`",
    "unblock": "unblock `DELETE /v1/social/blacklist`",
    "unfriend": "unfriend `DELETE /v1/social/friend`",
    "member-removal": "member removal `DELETE /v1/social/group/users`",
    "mute": "mute a member `PUT /v1/social/group/mute`",
    "role": "make a manager `PUT /v1/social/group/role`",
    "quit": "quit a group `POST /v1/social/group/quit`",
    "transfer": "transfer a group `POST /v1/social/group/transfer`",
    "create-dismiss": "group pair (create + dismiss)",
    "invitation-pair": "invitation pair (invite + accept)",
    "login": "login",
    "account-deletion": "account deletion `DELETE /api/v1/user`",
}
SIZES = {"default": "10,000 users, 500 groups", "large": "1,000,000 users, 50,000 groups"}
COMPARED_AT = 16
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path):
    """One wrk run. Errors are answers other than 2xx/3xx plus socket errors; "answered" counts the 2xx/3xx per
    second, which for logins leaves out those shed with 503; wrk's latencies leave out requests that timed out."""
    text = open(path).read()
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    refused = int(non2xx.group(1)) if non2xx else 0
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    socket_errors = [int(n) for n in sockets.groups()] if sockets else [0, 0, 0, 0]
    requests = re.search(r"(\d+) requests in ([\d.]+)(m?s)", text).group(1)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    return {
        "rps": rps,
        "answered": rps * (1 - refused / int(requests)) if int(requests) else 0.0,
        "refused": refused,
        "timeouts": socket_errors[3],
        "p50": milliseconds(re.search(r"\s50%\s+(\S+)", text).group(1)),
        "p99": milliseconds(re.search(r"\s99%\s+(\S+)", text).group(1)),
        "max": milliseconds(re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", text).group(1)),
        "errors": refused + sum(socket_errors),
    }


def pgbench(path):
    text = open(path).read()
    tps = re.search(r"tps = ([\d.]+)", text)
    if not tps:
        raise SystemExit(f"pgbench failed, see {path}:\n{text}")
    return float(tps.group(1))


def shortened_id_lists(plans):
    """Cuts a literal array of ids in a plan to its first three and its count, so a line stays readable."""
    def shorten(match):
        ids = match.group(1).split(",")
        return match.group(0) if len(ids) <= 4 else "'{" + ",".join(ids[:3]) + f",… {len(ids)} ids}}'"
    return re.sub(r"'\{([\d,]+)\}'", shorten, plans)


def verdict(ok):
    return "met" if ok else "**not met**"


class Scale:
    """What one scale's run measured."""

    def __init__(self, out, name, levels, measured):
        self.name, self.directory = name, os.path.join(out, name)
        self.meta = dict(line.strip().split("=", 1)
                         for line in open(os.path.join(self.directory, "meta.env")) if "=" in line)
        self.cores = os.cpu_count()
        self.bcrypt = float(self.meta.get(f"bcrypt_{self.cores}", "nan"))
        self.runs = {}  # endpoint -> {level: result}
        for endpoint in [endpoint for endpoint in ROUTES if endpoint in measured]:
            for level in levels if endpoint in LEVELED_READS + ["write-pair", "login"] else [COMPARED_AT]:
                path = os.path.join(self.directory, f"wrk-{endpoint}-{level}.txt")
                if not os.path.exists(path):
                    continue
                result = wrk(path)
                if endpoint in PAIRS:
                    result["rps"] /= 2
                result["limit"] = pgbench(os.path.join(self.directory, f"pgbench-{endpoint}-{level}.txt"))
                self.runs.setdefault(endpoint, {})[level] = result

    def served(self, endpoint, result):
        """Requests per second that count: logins and deletions shed with 503 are answered at once and cost no
        hash."""
        return result["answered"] if endpoint in HASHING else result["rps"]

    def peak(self, endpoint):
        runs = self.runs[endpoint]
        level = max(runs, key=lambda level: self.served(endpoint, runs[level]))
        return level, dict(runs[level], rps=self.served(endpoint, runs[level]))

    def at(self, endpoint, level=COMPARED_AT):
        result = self.runs.get(endpoint, {}).get(level)
        return None if result is None else dict(result, rps=self.served(endpoint, result))

    def limit(self, endpoint, result):
        if endpoint in HASHING:
            return self.bcrypt, f"bcrypt {self.cores} threads"
        return result["limit"], "pgbench same SQL"


def target(endpoint, result, limit):
    if endpoint in HASHING:
        return result["rps"] >= 0.9 * limit, "≥ 0.9 × bcrypt"
    ok, text = result["rps"] >= 0.5 * limit, "≥ 0.5 × pgbench"
    if endpoint in LEVELED_READS + READS:
        ok, text = ok and result["p99"] < 25 and result["errors"] == 0, text + ", p99 < 25 ms, 0 errors"
    return ok, text


def routes_table(scale):
    lines = ["| route | connections | requests/s | p50 ms | p99 ms | errors | limit | limit/s | ratio | target | |",
             "|---|---:|---:|---:|---:|---:|---|---:|---:|---|---|"]
    for endpoint in [endpoint for endpoint in ROUTES if endpoint in scale.runs]:
        level, peak = scale.peak(endpoint)
        limit, limit_name = scale.limit(endpoint, peak)
        ok, target_text = target(endpoint, peak, limit)
        lines.append(f"| {TITLES[endpoint]} | {level} | {peak['rps']:.0f} | {peak['p50']:.2f} | {peak['p99']:.2f} | "
                     f"{peak['errors']} | {limit_name} | {limit:.0f} | {peak['rps'] / limit:.2f} | {target_text} | "
                     f"{verdict(ok)} |")
    return lines


def scales_table(scales):
    """Each route at 16 connections at every scale, and the last scale's rate against the first's."""
    first, last = scales[0], scales[-1]
    header = "| route |" + "".join(f" {s.name}: requests/s | p99 ms | ratio to limit |" for s in scales)
    header += f" {last.name} ÷ {first.name} | ≥ 0.8 | pgbench {last.name} ÷ {first.name} |"
    lines = [header, "|---|" + "---:|---:|---:|" * len(scales) + "---:|---|---:|"]
    for endpoint in [endpoint for endpoint in ROUTES if all(s.at(endpoint) for s in scales)]:
        cells = []
        for scale in scales:
            result = scale.at(endpoint)
            limit, _ = scale.limit(endpoint, result)
            cells.append(f" {result['rps']:.0f} | {result['p99']:.2f} | {result['rps'] / limit:.2f} |")
        change = last.at(endpoint)["rps"] / first.at(endpoint)["rps"]
        sql_change = last.at(endpoint)["limit"] / first.at(endpoint)["limit"]
        lines.append(f"| {TITLES[endpoint]} |{''.join(cells)} {change:.2f} | {verdict(change >= 0.8)} | "
                     f"{sql_change:.2f} |")
    return lines


def pages_table(scales):
    """The deep page of each heavy list against its first page, at every scale."""
    lines = ["| list | scale | first page requests/s | deep page requests/s | deep ÷ first | ≥ 0.8 |",
             "|---|---|---:|---:|---:|---|"]
    for heavy in ["friends", "members", "join-requests"]:
        for scale in scales:
            first, deep = scale.at(f"{heavy}-first"), scale.at(f"{heavy}-deep")
            if first and deep:
                ratio = deep["rps"] / first["rps"]
                lines.append(f"| {TITLES[heavy + '-deep'].split(':')[0]} | {scale.name} | {first['rps']:.0f} | "
                             f"{deep['rps']:.0f} | {ratio:.2f} | {verdict(ratio >= 0.8)} |")
    return lines


def sync_table(scales):
    """Each heavy list asked since a version (contract §13) against its first page: requests/s, and each against
    pgbench of its own SQL."""
    lines = ["| list | scale | asked | requests/s | p99 ms | pgbench tps | ratio to pgbench | ÷ first page |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for heavy in ["friends", "members"]:
        for scale in scales:
            first = scale.at(f"{heavy}-first")
            for endpoint, asked in [(f"{heavy}-first", "first page of 100, no since"),
                                    (f"{heavy}-since", "since the current version"),
                                    (f"{heavy}-since-change", "since one change")]:
                result = scale.at(endpoint)
                if result and first:
                    lines.append(f"| {TITLES[endpoint].split(':')[0]} | {scale.name} | {asked} | "
                                 f"{result['rps']:.0f} | {result['p99']:.2f} | {result['limit']:.0f} | "
                                 f"{result['rps'] / result['limit']:.2f} | {result['rps'] / first['rps']:.2f} |")
    return lines


def main():
    out, duration, pgbench_duration = sys.argv[1], sys.argv[2], sys.argv[3]
    levels = [int(level) for level in sys.argv[4].split()]
    measured, names = sys.argv[5].split(), sys.argv[6].split()
    complete = all(endpoint in measured for endpoint in ROUTES)
    scales = [Scale(out, name, levels, measured) for name in names]
    first = scales[0]

    lines = []
    if len(scales) > 1:
        lines.append(f"### The routes at {' and '.join(s.name for s in scales)} scale, {COMPARED_AT} connections")
        lines.append("")
        lines += scales_table(scales)
        lines.append("")
    lines.append("### Heavy accounts: a page deep into a long list against its first page (page tokens)")
    lines.append("")
    lines += pages_table(scales)
    lines.append("")
    lines.append("### Incremental sync: a heavy list since a version, against its first page")
    lines.append("")
    lines += sync_table(scales)
    lines.append("")
    lines.append(f"### Every route at the {first.name} scale, against its limit")
    lines.append("")
    lines += routes_table(first)
    lines.append("")
    if "login" in measured:
        alone = wrk(os.path.join(first.directory, "wrk-mix-read-alone-16.txt"))
        mixed = wrk(os.path.join(first.directory, "wrk-mix-read-with-login-16.txt"))
        mixed_login = wrk(os.path.join(first.directory, "wrk-mix-login-16.txt"))
        lines.append(f"- Login with reads: friends list at 16 connections, alone p99 {alone['p99']:.2f} ms, "
                     f"with 16 connections logging in at the same time p99 {mixed['p99']:.2f} ms "
                     f"({mixed['p99'] / alone['p99']:.2f} ×; target < 2 ×: "
                     f"{verdict(mixed['p99'] < 2 * alone['p99'])}); logins meanwhile "
                     f"{mixed_login['answered']:.1f}/s answered and {mixed_login['refused']} shed with 503, "
                     f"the slowest after {mixed_login['max']:.0f} ms with {mixed_login['timeouts']} past wrk's 5 s "
                     f"(target: each answered or shed within 2 s: "
                     f"{verdict(mixed_login['max'] < 2000 and mixed_login['timeouts'] == 0)}); "
                     f"reads {mixed['rps']:.0f}/s (alone {alone['rps']:.0f}/s).")
        lines.append(f"- bcrypt's own rate (cost 10): {float(first.meta['bcrypt_1']):.0f}/s on 1 thread, "
                     f"{first.bcrypt:.0f}/s on {first.cores}.")
    for scale in scales:
        ready_ms, rss_mb = int(scale.meta["ready_ms"]), int(scale.meta["peak_rss_kb"]) / 1024
        seeded = (f"; its data set seeded in {scale.meta['seed_seconds']} s" if "seed_seconds" in scale.meta
                  else "; its data set copied from the kept seed")
        lines.append(f"- {scale.name} scale ({SIZES[scale.name]}): ready {ready_ms} ms after the process started "
                     f"(target ≤ 2500 ms: {verdict(ready_ms <= 2500)}), peak resident memory under load "
                     f"{rss_mb:.0f} MB (target ≤ 300 MB: {verdict(rss_mb <= 300)}){seeded}.")
    lines.append("")
    lines.append("<details><summary>Every measurement</summary>")
    lines.append("")
    lines.append("| scale | route | connections | requests/s | p50 ms | p99 ms | errors | pgbench tps |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for scale in scales:
        for endpoint, runs in scale.runs.items():
            for level, result in runs.items():
                lines.append(f"| {scale.name} | {endpoint} | {level} | {result['rps']:.0f} | {result['p50']:.2f} | "
                             f"{result['p99']:.2f} | {result['errors']} | {result['limit']:.0f} |")
    lines.append("")
    lines.append("</details>")
    for scale in scales:
        plans = os.path.join(scale.directory, "explain.txt")
        if os.path.exists(plans):
            lines.append("")
            lines.append(f"<details><summary>How PostgreSQL runs every statement at the {scale.name} scale "
                         "(EXPLAIN ANALYZE, one sample request each, from <code>bench/explain.py</code>)</summary>")
            lines.append("")
            lines.append("```text")
            lines.append(shortened_id_lists(open(plans).read()).rstrip())
            lines.append("```")
            lines.append("")
            lines.append("</details>")
    table = "\n".join(lines)
    print(table)
    if not complete:
        return

    memory = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
    header = (f"Measured {datetime.date.today().isoformat()} on {first.cores} cores and {memory} GiB, with "
              f"`BENCH_SCALES=\"{' '.join(names)}\" bench/run` (wrk -t2 for {duration} s and "
              f"pgbench -j 2 for {pgbench_duration} s per measurement; the original routes at "
              f"{', '.join(map(str, levels))} connections at the {first.name} scale, everything else at "
              f"{COMPARED_AT}; server, PostgreSQL and load generator on the same machine).")
    block = f"{START}\n{header}\n\n{table}\n{END}"
    path = os.path.join("docs", "performance.md")
    document = open(path).read() if os.path.exists(path) else f"# Performance\n\n{START}\n{END}\n"
    document = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, document, flags=re.S)
    open(path, "w").write(document)


if __name__ == "__main__":
    main()
