"""The vendors' own SDKs against our simulators (`nox -s vendor_sdks`; not in CI)."""
