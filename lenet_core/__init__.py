"""LeNet Lab's logic, in layers (each imports only from those before it; tests/test_layers.py):
base < charts < data < network < store < inside < classroom < jobs < the command lines.

Nothing in this package imports Streamlit. Modules that need TensorFlow import it themselves;
`base`, `charts`, `data`, `store` and `network.architecture`/`config` stay free of it.
"""

import os

# TensorFlow's C++ start-up chatter (oneDNN notices, absl warnings) is noise for students.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
