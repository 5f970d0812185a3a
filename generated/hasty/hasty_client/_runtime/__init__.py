"""The runtime every vendor package ships: retries, errors, credentials, paging,
polling, downloads and uploads.

It is written once in `overlays/_runtime/` and copied into each package at
generation, so it imports nothing from the package around it (relative imports
within `_runtime` only) and nothing beyond httpx and attrs.
"""
