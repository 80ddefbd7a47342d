"""Group votes (stemmingen): a question, options, a close with results."""
