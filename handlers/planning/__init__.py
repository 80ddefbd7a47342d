"""Planning sessions: the plan modal, a series, the host in turn, the announcement."""
