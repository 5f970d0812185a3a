"""The package version (written by scripts/generate.py)."""

__version__ = "1.1.0.19"
