"""``spec-gate report``: whether the practice is taking hold, now and over the history."""
