"""My data and privacy: `/leernet mijn-data` (see, download, erase), `/leernet privacy`, the
Home section, and the retention check that erases an inactive network's personal data."""
