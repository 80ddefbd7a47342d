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

# Membership
JOIN_MODAL = "member_join"
JOIN_APPROVE = "join_approve"
JOIN_DECLINE = "join_decline"
LEAVE_CONFIRM = "member_leave"
REMOVE_CONFIRM = "member_remove"

# Kickoff questionnaire
KICKOFF_MODAL = "kickoff_questionnaire"
KICKOFF_OPEN = "kickoff_open"
KICKOFF_SEND_LATE = "kickoff_send_late"
KICKOFF_TEXT_FIELDS = ("organisation", "job_role", "expertise", "brings", "learning_questions",
                       "expectations", "experiences")

# Agreements (afspraken)
AGREEMENT_MODAL = "agreement_record"
AGREEMENT_ACK = "agreement_ack"

# Group votes (stemmingen): one button per option, action id POLL_VOTE_PREFIX + option index
POLL_MODAL = "poll_create"
POLL_VOTE_PREFIX = "poll_vote_"
POLL_FIELDS = ("question", "options", "closes_date", "closes_time")

# Home tab
HOME_PLAN = "home_plan"
HOME_MEMBERS = "home_members"
