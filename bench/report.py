"""Turns one benchmark run's raw output (bench/out) into the table: printed, and written into docs/performance.md
between its bench markers (the rest of that file, the findings, is kept as written).

Usage: report.py OUT DURATION "LEVELS" "ENDPOINTS"

A run of some endpoints only (BENCH_ENDPOINTS) prints its table and leaves docs/performance.md alone.
"""
import datetime
import os
import re
import subprocess
import sys

READS = ["profile", "friends", "groups", "members", "join-requests"]
TITLES = {
    "profile": "profile `GET /api/v1/user/detail`",
    "friends": "friends list `GET /v1/social/friends`",
    "groups": "my groups `GET /v1/social/groups`",
    "members": "members of a 200-member group",
    "join-requests": "join requests of a group",
    "write-pair": "write pair (send + accept)",
    "login": "login",
}
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
    requests, seconds = re.search(r"(\d+) requests in ([\d.]+)(m?s)", text).groups()[:2]
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


def main():
    out, duration, levels = sys.argv[1], sys.argv[2], [int(level) for level in sys.argv[3].split()]
    measured = sys.argv[4].split()
    complete = all(endpoint in measured for endpoint in READS + ["write-pair", "login"])
    meta = dict(line.strip().split("=", 1) for line in open(os.path.join(out, "meta.env")) if "=" in line)
    cores = os.cpu_count()
    bcrypt_bound = float(meta.get(f"bcrypt_{cores}", "nan"))

    rows, matrix = [], []
    for endpoint in [endpoint for endpoint in READS + ["write-pair", "login"] if endpoint in measured]:
        runs = {}
        for level in levels:
            result = wrk(os.path.join(out, f"wrk-{endpoint}-{level}.txt"))
            if endpoint == "write-pair":
                result["rps"] /= 2
            result["limit"] = pgbench(os.path.join(out, f"pgbench-{endpoint}-{level}.txt"))
            runs[level] = result
            matrix.append((endpoint, level, result))
        # Logins shed with 503 are answered at once and cost no hash: only those answered count.
        served = "answered" if endpoint == "login" else "rps"
        peak_level = max(runs, key=lambda level: runs[level][served])
        peak = runs[peak_level]
        if endpoint == "login":
            peak = dict(peak, rps=peak["answered"])
            limit, limit_name = bcrypt_bound, f"bcrypt {cores} threads"
            target = peak["rps"] >= 0.9 * limit
            target_text = "≥ 0.9 × bcrypt"
        else:
            limit, limit_name = peak["limit"], "pgbench same SQL"
            target = peak["rps"] >= 0.5 * limit
            target_text = "≥ 0.5 × pgbench"
            if endpoint in READS:
                target = target and peak["p99"] < 25 and peak["errors"] == 0
                target_text += ", p99 < 25 ms, 0 errors"
        rows.append((TITLES[endpoint], peak_level, peak, limit, limit_name, target_text, verdict(target)))

    ready_ms = int(meta["ready_ms"])
    rss_mb = int(meta["peak_rss_kb"]) / 1024

    lines = []
    lines.append("| endpoint | connections at peak | requests/s | p50 ms | p99 ms | errors | limit | limit/s | ratio | target | |")
    lines.append("|---|---:|---:|---:|---:|---:|---|---:|---:|---|---|")
    for title, level, peak, limit, limit_name, target_text, result in rows:
        lines.append(f"| {title} | {level} | {peak['rps']:.0f} | {peak['p50']:.2f} | {peak['p99']:.2f} | "
                     f"{peak['errors']} | {limit_name} | {limit:.0f} | {peak['rps'] / limit:.2f} | {target_text} | "
                     f"{result} |")
    lines.append("")
    if "login" in measured:
        alone = wrk(os.path.join(out, "wrk-mix-read-alone-16.txt"))
        mixed = wrk(os.path.join(out, "wrk-mix-read-with-login-16.txt"))
        mixed_login = wrk(os.path.join(out, "wrk-mix-login-16.txt"))
        lines.append(f"- Login with reads: friends list at 16 connections, alone p99 {alone['p99']:.2f} ms, "
                     f"with 16 connections logging in at the same time p99 {mixed['p99']:.2f} ms "
                     f"({mixed['p99'] / alone['p99']:.2f} ×; target < 2 ×: "
                     f"{verdict(mixed['p99'] < 2 * alone['p99'])}); logins meanwhile "
                     f"{mixed_login['answered']:.1f}/s answered and {mixed_login['refused']} shed with 503, "
                     f"the slowest after {mixed_login['max']:.0f} ms with {mixed_login['timeouts']} past wrk's 5 s "
                     f"(target: each answered or shed within 2 s: "
                     f"{verdict(mixed_login['max'] < 2000 and mixed_login['timeouts'] == 0)}); "
                     f"reads {mixed['rps']:.0f}/s (alone {alone['rps']:.0f}/s).")
        lines.append(f"- bcrypt's own rate (cost 10): {float(meta['bcrypt_1']):.0f}/s on 1 thread, "
                     f"{bcrypt_bound:.0f}/s on {cores}.")
    lines.append(f"- Ready {ready_ms} ms after the process started (target ≤ 2500 ms: {verdict(ready_ms <= 2500)}).")
    lines.append(f"- Peak resident memory under load {rss_mb:.0f} MB (target ≤ 300 MB: {verdict(rss_mb <= 300)}).")
    lines.append("")
    lines.append("<details><summary>Every measurement</summary>")
    lines.append("")
    lines.append("| endpoint | connections | requests/s | p50 ms | p99 ms | errors | pgbench tps |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for endpoint, level, result in matrix:
        lines.append(f"| {endpoint} | {level} | {result['rps']:.0f} | {result['p50']:.2f} | {result['p99']:.2f} | "
                     f"{result['errors']} | {result['limit']:.0f} |")
    lines.append("")
    lines.append("</details>")
    plans = os.path.join(out, "explain.txt")
    if os.path.exists(plans):
        lines.append("")
        lines.append("<details><summary>How PostgreSQL runs the read endpoints' statements (EXPLAIN ANALYZE, "
                     "one sample request each, from <code>bench/explain.py</code>)</summary>")
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
    header = (f"Measured {datetime.date.today().isoformat()} on {cores} cores and {memory} GiB, with "
              f"`bench/run` ({duration} s per measurement, wrk -t2 and pgbench -j 2 at {', '.join(map(str, levels))} "
              "connections, server, PostgreSQL and load generator on the same machine).")
    block = f"{START}\n{header}\n\n{table}\n{END}"
    path = os.path.join("docs", "performance.md")
    document = open(path).read() if os.path.exists(path) else f"# Performance\n\n{START}\n{END}\n"
    document = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, document, flags=re.S)
    open(path, "w").write(document)


if __name__ == "__main__":
    main()
