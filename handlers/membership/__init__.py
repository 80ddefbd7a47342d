"""Who is in: invite, join and approve, members, leave, remove, co-facilitators."""
