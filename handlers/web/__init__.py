"""The knowledge library's web page (`GET /kennis`, alias `/knowledge`), served by
`leernet serve` next to Slack's endpoints (bot/web.py routes here).

pages.py routes and renders (Jinja2 templates in templates/), session.py holds the signed
cookies and the CSRF token, signin.py runs "Sign in with Slack" (OpenID Connect) and mrkdwn.py
shows an item's mrkdwn as safe HTML. Like the Slack listeners, the pages reach the database
only through the services (bot/services/knowledge.py)."""
