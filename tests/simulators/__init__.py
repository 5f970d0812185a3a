"""In-process simulators of the vendor APIs, served over real HTTP for client tests."""
