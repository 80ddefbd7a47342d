"""The group's agreements (afspraken): recorded, amended, acknowledged."""
