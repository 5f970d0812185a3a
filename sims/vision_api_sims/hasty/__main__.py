"""`python -m vision_api_sims.hasty`: serve the simulator on 127.0.0.1."""

from vision_api_sims.hasty.app import main

main()
