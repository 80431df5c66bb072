"""Turns the pgbench scripts of the read endpoints into one psql script that shows, with EXPLAIN ANALYZE, how
PostgreSQL runs each statement that reads a table, for one sample request: every pgbench random(low, high) takes
its low value, so the plans are the same on every run.

  explain.py SCRIPT...     prints the psql script; run it with psql -X -q -f -
"""
import re
import sys

RANDOM = re.compile(r"random\(\s*([^,()]+)\s*,\s*[^()]+\)")
ARRAY_PARAMETER = re.compile(r"cast\(:(\w+) as")


def statements(path):
    current = []
    with open(path, encoding="utf-8") as script:
        for line in script:
            stripped = line.strip()
            if not stripped or stripped.startswith("--"):
                continue
            if stripped.startswith("\\set"):
                _, name, expression = stripped.split(None, 2)
                yield f"select {RANDOM.sub(lambda m: m.group(1), expression)} as {name} \\gset"
                continue
            current.append(stripped)
            if stripped.endswith(";") or stripped.endswith("\\gset"):
                yield " ".join(current)
                current = []


def main():
    print("\\pset pager off\n\\pset format unaligned\n\\pset tuples_only on")
    for path in sys.argv[1:]:
        endpoint = path.rsplit("/", 1)[-1].removesuffix(".sql")
        for statement in statements(path):
            statement = ARRAY_PARAMETER.sub(r"cast(:'\1' as", statement)
            if statement.endswith("\\gset") or ' from "' not in statement:
                print(statement)
                continue
            table = re.search(r' from ("\w+"\."\w+")', statement).group(1)
            print(f"\\echo '-- {endpoint}: {table}'")
            print(f"explain (analyze, costs off, summary off) {statement}")


if __name__ == "__main__":
    main()
