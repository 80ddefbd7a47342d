"""Slack glue: one package per feature (listeners, Block Kit builders and scheduled senders side
by side), `handlers.slack` for the plumbing they share, `handlers.registry` to wire them all."""
