"""The kickoff questionnaire: learning questions, expectations, introductions."""
