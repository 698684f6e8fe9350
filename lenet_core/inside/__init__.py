"""A stored model at work: predictions, the look-inside views, "not a digit", the files to take home."""
