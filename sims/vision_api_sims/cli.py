"""`vision-sim <vendor>`: run one vendor's simulator on 127.0.0.1 until Ctrl-C.

It prints where it listens, the credentials it accepts, a `connect(...)` line and the
environment the vendor's command line reads, then serves.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from vision_api_sims.handle import Sim
from vision_api_sims.kit import Profile
from vision_api_sims.launch import VENDORS, Options, start
from vision_api_sims.vendors import DEFAULT_PORTS

__all__ = ["main"]

EXAMPLES = """\
examples:
  vision-sim citylens                         # then paste the printed `export` line
  vision-sim scopix --latency 0.2 --fail-rate 0.1
  vision-sim hasty --profile quirky --seed 7  # answers the vendor's page allows, varied
  vision-sim pictograph --expire-urls-after 5 # download URLs expire after 5 s
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vision-sim",
        description="Run a vendor simulator on 127.0.0.1 until Ctrl-C: no account, no network.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("vendor", choices=list(VENDORS))
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        help="the API's port (default: citylens 8400, scopix 8410, analytiks 8420, pictograph 8430, "
        "hasty 8440; 0: any free port); a second host takes the next port",
    )
    parser.add_argument("--latency", type=float, default=0.0, metavar="SECONDS", help="delay before every answer")
    parser.add_argument(
        "--fail-rate", type=float, default=0.0, metavar="SHARE", help="answer this share of requests (0-1) with 503"
    )
    parser.add_argument(
        "--profile",
        choices=("canonical", "quirky"),
        default=None,
        help="canonical: our first reading of the vendor's page; quirky: where the page is silent, "
        "other answers it allows (statuses, optional fields, page sizes), picked by --seed",
    )
    parser.add_argument("--seed", type=int, default=None, help="the quirky profile's seed (implies --profile quirky)")
    parser.add_argument(
        "--expire-urls-after", type=float, default=None, metavar="SECONDS", help="lifetime of signed URLs"
    )
    return parser


def _options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Options:
    if args.profile == "canonical" and args.seed is not None:
        parser.error("--seed chooses a quirky profile: drop --profile canonical")
    if not 0.0 <= args.fail_rate <= 1.0:
        parser.error("--fail-rate is a share of requests, from 0 to 1")
    seed = args.seed if args.seed is not None else (1 if args.profile == "quirky" else None)
    port = DEFAULT_PORTS[args.vendor] if args.port is None else args.port
    return Options(
        port=port,
        profile=Profile(seed=seed),
        latency=args.latency,
        fail_rate=args.fail_rate,
        expire_urls_after=args.expire_urls_after,
    )


def describe(sim: Sim, profile: Profile) -> str:
    """What a user needs to point a client at `sim`, as printed on start."""
    kind = "canonical profile" if profile.canonical else f"quirky profile, seed {profile.seed}"
    lines = [f"{sim.vendor} simulator ({kind})"]
    lines += [f"  {role + ':':10}{url}" for role, url in sim.urls.items()]
    lines.append("  accepts:  " + ", ".join(f"{name}={value}" for name, value in sim.credentials.items()))
    lines += [f"            {note}" for note in sim.notes]
    lines.append(f"  python:   import {sim.vendor}_client; client = {sim.connect_line}")
    lines.append(f"  shell:    {sim.export_line()}")
    lines.append("Serving until Ctrl-C.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    options = _options(args, parser)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Before starting, so that a Ctrl-C while the data is built is not lost; SIGTERM too:
    # a process manager or a test stops the simulator as cleanly as Ctrl-C does.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        sim = start(args.vendor, options)
    except OSError as error:
        print(f"vision-sim: cannot listen on port {options.port} ({error.strerror}); try --port 0", file=sys.stderr)
        return 1
    with sim:
        print(describe(sim, options.profile), flush=True)
        stop.wait()
    print("Stopped.", flush=True)
    return 0


def run() -> None:
    """The console script: `main`'s result is the exit status."""
    sys.exit(main())


if __name__ == "__main__":
    run()
