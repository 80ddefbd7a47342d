"""The knowledge library: sharing what a network learns, searching, showing, changing and
removing it."""
