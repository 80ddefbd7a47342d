"""Domain services: one per feature, each method one unit of work (one transaction).

Listeners call these and nothing else below them; the services call the domain rules
(`bot.domain`) and the queries (`storage`). No service calls Slack.
"""
