"""Callback, block and action ids: the contract between the builders and the listeners."""

COMMAND = "/leernet"

# Modals
NETWORK_MODAL = "network_create"
PLAN_MODAL = "meeting_plan"

# Actions
RSVP_YES = "rsvp_yes"
RSVP_NO = "rsvp_no"

# Input blocks of the network modal; the block id is the domain field name, so a FieldErrors
# from the domain maps onto the modal without a lookup table.
NETWORK_FIELDS = ("name", "theme", "region", "what", "why", "how", "for_whom", "format",
                  "max_participants")
PLAN_FIELDS = ("date", "time", "duration", "location", "learning_form", "agenda")

# Every input element uses this action id; the block id says which field it is.
VALUE = "value"
