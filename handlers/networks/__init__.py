"""Starting a network in its channel, with its charter (what, why, how, for whom)."""
