"""Domain rules of a learning network, free of Slack: callers pass plain values in."""
