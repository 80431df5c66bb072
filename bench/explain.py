"""Turns pgbench scripts into one psql script that shows, with EXPLAIN ANALYZE, how PostgreSQL runs each statement
that touches a table, and which pages it found in shared_buffers (hit) or had to read, for one sample request:
every pgbench random(low, high) takes its low value, so the plans are the same on every run. Each script runs in a
transaction that is rolled back, so writes leave nothing behind.

  explain.py SCRIPT...     prints the psql script; run it with psql -X -q -f -, giving the variables that pgbench
                           takes from its command line (-D) with psql's -v
"""
import re
import sys

RANDOM = re.compile(r"random\(\s*([^,()]+)\s*,\s*[^()]+\)")
VARIABLE = re.compile(r"(?<![:\w]):([a-z_]\w*)")
TABLE = re.compile(r'(?:from|into|update|join) ("\w+"\."\w+")', re.IGNORECASE)
TRANSACTION = {"begin;", "commit;"}
GSET = "\\gset"


def statements(path):
    current = []
    with open(path, encoding="utf-8") as script:
        for line in script:
            stripped = line.strip()
            if not stripped or stripped.startswith("--") or stripped.lower() in TRANSACTION:
                continue
            if stripped.startswith("\\set"):
                _, name, expression = stripped.split(None, 2)
                yield f"select {RANDOM.sub(lambda m: m.group(1), expression)} as {name} \\gset", name
                continue
            current.append(stripped)
            if stripped.endswith(";") or stripped.endswith("\\gset"):
                yield " ".join(current), None
                current = []


def main():
    print("\\pset pager off\n\\pset format unaligned\n\\pset tuples_only on")
    for path in sys.argv[1:]:
        endpoint = path.rsplit("/", 1)[-1].removesuffix(".sql")
        numbers = set()  # variables of pgbench's \set: numbers, written into the SQL as they are
        print("begin;")
        for statement, number in statements(path):
            if number:
                numbers.add(number)
                print(statement)
                continue
            # In a statement that touches a table every variable is a parameter, as pgbench sends it: psql quotes
            # it, and PostgreSQL reads the quoted value as the type its place needs. Elsewhere (the table-free
            # statements that build parameters) numbers stay numbers.
            table = TABLE.search(statement)
            statement = VARIABLE.sub(lambda m: m.group(0) if m.group(1) in numbers and not table
                                     else f":'{m.group(1)}'", statement)
            sets = statement.endswith(GSET)
            if table and (not sets or statement.lower().startswith("select")):
                print(f"\\echo '-- {endpoint}: {table.group(1)}'")
                explained = statement.removesuffix(GSET).rstrip(';')
                print(f"explain (analyze, buffers, costs off, summary off) {explained};")
            if not table or sets:
                print(statement)
        print("rollback;")


if __name__ == "__main__":
    main()
