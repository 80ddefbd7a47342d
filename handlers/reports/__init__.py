"""Session reports (verslagen) with action items, and their reminders."""
