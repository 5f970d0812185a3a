"""The package version (written by scripts/generate.py)."""

__version__ = "1.0.0.19"
