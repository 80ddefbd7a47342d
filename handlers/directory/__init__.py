"""The network directory: finding a network by theme and region, and asking to join it."""
