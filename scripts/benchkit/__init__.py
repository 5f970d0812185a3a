"""Helpers of scripts/bench.py: a launcher that measures children honestly, interleaved
runs with median/min/max, and the child programs (one file each, run by path)."""
