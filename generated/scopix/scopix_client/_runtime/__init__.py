"""The runtime every vendor package ships: retries, errors, credentials, paging,
polling, downloads and uploads.

It is written once in `overlays/_runtime/` and copied into each package at
generation, so it imports nothing from the package around it (relative imports
within `_runtime` only) and nothing beyond httpx and attrs.

Code with a sync and an async form is written once, async, between a `# sync twin:
begin` and a `# sync twin: end` line; generation adds the sync form after it in the
package's copy (scripts/sync_twins.py), so the two cannot drift apart.
"""
