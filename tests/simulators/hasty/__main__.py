"""`python -m tests.simulators.hasty`: serve the simulator on 127.0.0.1."""

from tests.simulators.hasty.app import main

main()
