"""The SQL statements the server sent, from PostgreSQL's statement log, and their comparison with the pgbench
scripts that stand for them.

  statements.py extract LOG            prints the statements of a captured log, one per line
  statements.py check LOG SCRIPT       exits 1 unless SCRIPT runs the same statements, in the same order

  statements.py check --prefix LOG SCRIPT
                                       exits 1 unless the server's statements begin with those of SCRIPT (the
                                       rest ran after the answer, on other connections)
  statements.py contains LOG SCRIPT    exits 1 unless the server sent every statement of SCRIPT (statements of
                                       concurrent work, whose order from run to run is not fixed)

Comparison ignores parameter placeholders ($1 in the log, :name in a script), letter case and spacing; a NULL
parameter, which pgbench cannot pass, is written as null. A script statement after a "-- parameters:" comment is
left out: it only builds, without touching a table, a parameter (an array of ids) that the server builds in Java
from an earlier result.
"""
import re
import sys

STATEMENT = re.compile(r"LOG:\s+(?:execute [^:]+|statement): (.*)$")
CONTINUED = re.compile(r"^\t(.*)$")


def from_log(path):
    statements = []
    current = None
    with open(path, encoding="utf-8") as log:
        for line in log:
            match = STATEMENT.search(line)
            continued = CONTINUED.match(line)
            if continued and current is not None:
                current += " " + continued.group(1)
                continue
            if current:
                statements.append(current.strip())
            current = match.group(1) if match else None
    if current:
        statements.append(current.strip())
    return [statement for statement in statements if statement]


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
    statement = re.sub(r"\$\d+|:[a-z_][a-z_0-9]*|\bnull\b", "?", statement, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", statement).strip().lower()


def main():
    if sys.argv[1] == "extract":
        print("\n".join(from_log(sys.argv[2])))
        return
    prefix = sys.argv[2] == "--prefix"
    log, script = sys.argv[2 + prefix:4 + prefix]
    sent = [normalized(s) for s in from_log(log)]
    scripted = [normalized(s) for s in from_script(script)]
    if sys.argv[1] == "contains":
        missing = [s for s in scripted if s not in sent]
        for statement in missing:
            print(f"{script}: the server did not send ({log}):\n    {statement}", file=sys.stderr)
        sys.exit(1 if missing else 0)
    if prefix:
        sent = sent[:len(scripted)]
    if sent != scripted:
        print(f"{script} does not run what the server sent ({log}):", file=sys.stderr)
        for i in range(max(len(sent), len(scripted))):
            server = sent[i] if i < len(sent) else "(nothing)"
            script = scripted[i] if i < len(scripted) else "(nothing)"
            if server != script:
                print(f"  statement {i + 1}:\n    server: {server}\n    script: {script}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
