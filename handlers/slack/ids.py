"""Callback, block and action ids: the contract between the builders and the listeners."""

import re

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
                  "max_participants", "requests")
PLAN_FIELDS = ("date", "time", "duration", "location", "learning_form", "agenda")

# Every input element uses this action id; the block id says which field it is.
VALUE = "value"

# Membership
JOIN_MODAL = "member_join"
JOIN_OPEN = "join_open"  # the charter card's button: the join form without the command
JOIN_APPROVE = "join_approve"
JOIN_DECLINE = "join_decline"
LEAVE_CONFIRM = "member_leave"
REMOVE_CONFIRM = "member_remove"

# The network directory: a network's join button (its value is the network id)
DIRECTORY_JOIN = "directory_join"

# Kickoff questionnaire
KICKOFF_MODAL = "kickoff_questionnaire"
KICKOFF_OPEN = "kickoff_open"
KICKOFF_SEND_LATE = "kickoff_send_late"
# Withdraw one's introduction card (value: the network id), from any surface: the
# questionnaire, the Home tab, `/leernet mijn-data`.
KICKOFF_WITHDRAW = "kickoff_withdraw_intro"
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
HOME_LANGUAGE = "home_language"

# Sessions (bijeenkomsten): the list, moving, cancelling, attendance, agenda, calendar file
RESCHEDULE_MODAL = "session_reschedule"
ATTENDANCE_MODAL = "session_attendance"
AGENDA_MODAL = "agenda_contribute"
AGENDA_OPEN = "agenda_open"  # the reminder's and Home's button: the form without the command
SESSION_RESCHEDULE = "session_reschedule_open"
SESSION_CANCEL = "session_cancel"
SESSION_ATTENDANCE = "session_attendance_open"
SESSION_ICS = "session_ics"
RESCHEDULE_FIELDS = ("date", "time", "duration", "location")
SERIES_FIELDS = ("every_weeks", "count", "until")
# Checkboxes hold at most 10 options: the attendance list is split over blocks with this prefix.
PRESENT_PREFIX = "present_"

# Evaluations (evaluaties) and apply at work
EVALUATION_MODAL = "evaluation_answer"
EVALUATION_OPEN = "evaluation_open"
EVALUATION_SCALES = ("relevance", "learning", "facilitation", "atmosphere")
EVALUATION_TEXT_FIELDS = ("keep", "change", "apply_text", "apply_by")
APPLY_MODAL = "apply_followup"
APPLY_OPEN = "apply_open"
APPLY_FIELDS = ("outcome", "result", "obstacle")

# Reports (verslagen) and action items; the report modal's item rows use the block ids of
# bot.domain.reports.item_field, the session select the block id REPORT_MEETING_FIELD.
REPORT_MODAL = "report_write"
REPORT_OPEN = "report_open"
REPORT_MEETING_FIELD = "meeting"
ACTION_DONE = "action_item_done"

# Slack refuses a block holding two elements with one action id (Home lists several 'done'
# buttons in one actions block), so each button's id carries its item id; the listener also
# takes the bare id that messages posted before this change still carry.
ACTION_DONE_ACTIONS = re.compile(rf"^{ACTION_DONE}(:\d+)?$")


def action_done_id(item_id: int) -> str:
    return f"{ACTION_DONE}:{item_id}"

# My data and privacy (`/leernet mijn-data`, Home): the erase buttons carry a network id (or
# "all"); the introduction's withdrawal belongs to the kickoff feature.
MYDATA_MODAL = "mydata_overview"
MYDATA_OPEN = "mydata_open"
MYDATA_EXPORT = "mydata_export"
MYDATA_ERASE = "mydata_erase"
MYDATA_ERASE_ALL = "mydata_erase_all"
PRIVACY_OPEN = "privacy_open"

# The knowledge library: the share modal (its input block ids are the domain's field names),
# and the buttons on a listed or shown item (their value is the item id).
KNOWLEDGE_MODAL = "knowledge_share"
KNOWLEDGE_FIELDS = ("kind", "title", "text", "link", "themes", "new_themes",
                    "show_organisation", "organisation", "visibility", "language")
KNOWLEDGE_SHOW = "knowledge_show"
KNOWLEDGE_EDIT = "knowledge_edit"
KNOWLEDGE_REMOVE = "knowledge_remove"
# The message shortcut "Bewaar in leernetwerk" (manifest.yml), and the consent buttons sent
# to the author of a saved message (their value is the item id).
KNOWLEDGE_SAVE_MESSAGE = "knowledge_save_message"
KNOWLEDGE_CONSENT_YES = "knowledge_consent_yes"
KNOWLEDGE_CONSENT_NO = "knowledge_consent_no"
# From the cycle, each opening the share modal filled in: the select on a report in the
# channel (its options' values "<report id>:<i|d>:<line index>", see
# bot.domain.knowledge_sources), the success-story button in the apply-at-work confirmation
# and the obstacle button in the follow-up's report to facilitators (both: commitment id).
KNOWLEDGE_FROM_REPORT = "knowledge_from_report"
KNOWLEDGE_SUCCESS_STORY = "knowledge_success_story"
KNOWLEDGE_OBSTACLE = "knowledge_obstacle"
# The thanks after an intervision's takeaway (value: the run id; never a confidential case).
KNOWLEDGE_FROM_INTERVISION = "knowledge_from_intervision"

# Digests and status
DIGEST_MODAL = "digest_settings"
DIGEST_SETTINGS = "digest_settings_open"
DIGEST_UNSUBSCRIBE = "digest_unsubscribe"

# Pairing: the facilitators' settings modal; pause, opt out and join again (value: the network
# id); whether a group met (value: the group id).
PAIRING_MODAL = "pairing_settings"
PAIRING_PAUSE = "pairing_pause"
PAIRING_OPT_OUT = "pairing_opt_out"
PAIRING_REJOIN = "pairing_rejoin"
PAIRING_MET = "pairing_met"
PAIRING_NOT_YET = "pairing_not_yet"

# Closing phase
CLOSE_CONFIRM = "network_close"
FINAL_OPEN = "final_eval_open"
FINAL_MODAL = "final_eval"
# After the close: the facilitators' choices (knowledge kept or withdrawn, channel archived
# or kept open); the value is the network's id.
AFTER_KEEP_KNOWLEDGE = "after_knowledge_keep"
AFTER_WITHDRAW_KNOWLEDGE = "after_knowledge_withdraw"
AFTER_ARCHIVE = "after_channel_archive"
AFTER_KEEP_OPEN = "after_channel_open"

# External input and guest experts (`/leernet extern`): the ask modal, the guest modal, the
# buttons on a session's guest (value: the guest id), the slides modal a thanked guest opens,
# and the question's block id in the evaluation modal.
EXTERNAL_ASK_MODAL = "external_ask"
EXTERNAL_ASK_FIELDS = ("theme", "method", "closes_date", "closes_time")
EXTERNAL_GUEST_MODAL = "external_guest"
EXTERNAL_GUEST_FIELDS = ("meeting", "user", "name", "email")
EXTERNAL_GUEST_REMOVE = "external_guest_remove"
EXTERNAL_GUEST_THANK = "external_guest_thank"
EXTERNAL_SLIDES_OPEN = "external_slides_open"
EXTERNAL_SLIDES_MODAL = "external_slides"
EXTERNAL_SLIDES_FIELDS = ("title", "link", "consent")
EXTERNAL_EVALUATION_FIELD = "external_input"

# Intervision (intervisie): a case's start buttons (value "<case id>:<method>"), the roles
# modal (its block ids: case_bringer, process_lead, timekeeper, minutes_<phase index>), the
# next-phase button (value "<run id>:<phase index it was shown in>"), the buttons that gather
# a question or advice and open the takeaway (value: the run id) and their modals.
INTERVISION_START = "intervision_start"
INTERVISION_ROLES_MODAL = "intervision_roles"
INTERVISION_NEXT = "intervision_next"
INTERVISION_QUESTION = "intervision_question"
INTERVISION_ADVICE = "intervision_advice"
INTERVISION_ENTRY_MODAL = "intervision_entry"
INTERVISION_TAKEAWAY = "intervision_takeaway"
INTERVISION_TAKEAWAY_MODAL = "intervision_takeaway_modal"
# The closing report: the button in each facilitator's close DM, and its modal.
CLOSING_REPORT_WRITE = "closing_report_write"
CLOSING_REPORT_MODAL = "closing_report"
