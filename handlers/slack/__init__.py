"""The Slack plumbing every feature shares: the turn and how listeners bind, the one error
mapper, the /leernet router, a client per workspace, Block Kit constructors, ids, modal
metadata and values, and outbound messages."""
