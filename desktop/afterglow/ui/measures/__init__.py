"""The PHQ-9 and GAD-7 check-in questionnaires: forms, scores, history and crisis resources."""
