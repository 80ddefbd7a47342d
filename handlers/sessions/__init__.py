"""Sessions: the list, moving and cancelling, attendance, agenda items, reminders."""
