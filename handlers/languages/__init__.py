"""Languages: `/leernet taal`, the network's language, and the selector on Home."""
