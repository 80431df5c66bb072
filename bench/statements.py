"""The SQL statements the server sent, from PostgreSQL's statement log, and their comparison with the pgbench
scripts that stand for them.

  statements.py extract LOG            prints the statements of a captured log, one per line
  statements.py check LOG SCRIPT       exits 1 unless SCRIPT runs the same statements, in the same order

Comparison ignores parameter placeholders ($1 in the log, :name in a script), letter case and spacing. A script
statement after a "-- parameters:" comment is left out: it only builds, without touching a table, a parameter
(an array of ids) that the server builds in Java from an earlier result.
"""
import re
import sys

STATEMENT = re.compile(r"LOG:\s+(?:execute [^:]+|statement): (.*)$")


def from_log(path):
    statements = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            match = STATEMENT.search(line)
            if match and match.group(1).strip():
                statements.append(match.group(1).strip())
    return statements


def from_script(path):
    statements, current, helper = [], [], False
    with open(path, encoding="utf-8") as script:
        for line in script:
            stripped = line.strip()
            if stripped.startswith("-- parameters:"):
                helper = True
            if not stripped or stripped.startswith("--") or stripped.startswith("\\set"):
                continue
            current.append(stripped)
            if stripped.endswith(";") or stripped.endswith("\\gset"):
                if not helper:
                    statements.append(re.sub(r"\\gset$", "", " ".join(current)).strip().rstrip(";").strip())
                current, helper = [], False
    return statements


def normalized(statement):
    statement = re.sub(r"\s+as [a-z_]+$", "", statement.strip(), flags=re.IGNORECASE)
    statement = re.sub(r"\$\d+|:[a-z_][a-z_0-9]*", "?", statement, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", statement).strip().lower()


def main():
    if sys.argv[1] == "extract":
        print("\n".join(from_log(sys.argv[2])))
        return
    sent = [normalized(s) for s in from_log(sys.argv[2])]
    scripted = [normalized(s) for s in from_script(sys.argv[3])]
    if sent != scripted:
        print(f"{sys.argv[3]} does not run what the server sent ({sys.argv[2]}):", file=sys.stderr)
        for i in range(max(len(sent), len(scripted))):
            server = sent[i] if i < len(sent) else "(nothing)"
            script = scripted[i] if i < len(scripted) else "(nothing)"
            if server != script:
                print(f"  statement {i + 1}:\n    server: {server}\n    script: {script}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
