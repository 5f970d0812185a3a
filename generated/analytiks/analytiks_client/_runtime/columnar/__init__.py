"""Columnar output: walks and export files as Arrow tables, Parquet datasets, and the
bookkeeping of incremental pulls (manifest, shared request budget, work units).

Everything here needs the `[arrow]` extra (pyarrow) except the manifest, budget and
work-unit modules, which use only the standard library; pyarrow is imported when a
table is first asked for, so importing the package stays as light as without it.
"""
