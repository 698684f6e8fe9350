"""The images: the data sets' IDX files, drawings and uploads made into 28x28 inputs, photos of
paper flattened, the writing styles MNIST lacks, Explore's summaries. No TensorFlow.
"""
