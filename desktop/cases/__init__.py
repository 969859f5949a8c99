"""The case log, in plain Python (no Qt): tables, migrations, the workflow, reads and writes.

- `db.open_database(path)` opens (creating or upgrading) one SQLite file; problems raise
  `errors.DatabaseProblem` subclasses and never change the file.
- `queries` reads with sqlite3 (inbox ids, row snapshots, search, case details).
- `repository.CaseRepository` writes through SQLModel (manual cases, workflow moves, notes).
- `states` is the workflow; `deadlines` says when a case next needs the owner.
"""
