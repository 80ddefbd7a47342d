"""External input: asking the group whether it wants input from outside, and guest experts."""
