"""Evaluations after every session, anonymous by default, and the apply-at-work follow-up."""
