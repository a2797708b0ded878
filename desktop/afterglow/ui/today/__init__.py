"""The Today section, the landing view after unlocking, and the wiring of the integration
sections (Today, Sessions, Insights, Actions, prompts) to each other and to the Journal."""
