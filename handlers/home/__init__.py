"""The App Home tab: what each person has to do, with buttons to do it."""
