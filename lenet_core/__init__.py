"""LeNet Lab's logic: data sets, the model, training, evaluation, the model store and jobs.

Nothing in this package imports Streamlit. Modules that need TensorFlow import it themselves;
`datasets`, `architecture`, `preprocessing` and `store` stay free of it.
"""

import os

# TensorFlow's C++ start-up chatter (oneDNN notices, absl warnings) is noise for students.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
