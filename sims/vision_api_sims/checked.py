"""Spec validation of a simulator's traffic, switched on per app (`validator_violations=`).

The validator needs openapi-core, which a user running a simulator does not: it is
imported here, only when a simulator is asked to validate, and installed with the
distribution's `[validate]` extra.
"""

from __future__ import annotations

from pathlib import Path

from starlette.middleware import Middleware

from vision_api_sims.kit import Profile

__all__ = ["validation_middleware"]


def validation_middleware(spec_path: str | Path, violations: list[str], profile: Profile) -> Middleware:
    """Middleware appending to `violations` every way a request or response breaks the spec.

    Object schemas are closed: the canonical simulator must send exactly the documented
    fields; a varied profile is held only to what the page allows.
    """
    from vision_api_sims.validation import SpecValidator, ValidationMiddleware

    validator = SpecValidator.cached(spec_path, forbid_additional_properties=True)
    return Middleware(ValidationMiddleware, validator=validator, violations=violations, profile=profile)
