"""The simulators' own tests. The simulators are the `vision-api-sims` distribution
(`sims/`, imported as `vision_api_sims`)."""
