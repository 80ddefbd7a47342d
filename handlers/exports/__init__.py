"""A network's export: `/leernet export` sends the network's record (a Markdown report and
CSV files) to a facilitator's DM; `leernet export` writes the same files for an operator."""
