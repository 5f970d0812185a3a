"""The package version (written by scripts/generate.py)."""

__version__ = "2.0.0.15"
