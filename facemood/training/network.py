"""The emotion CNN: a compact VGG-style network sized for one CPU thread at run time.

Design (measured on this project's 2-core training machine and LiteRT at run time):
a full-resolution VGG (32-64-128-256 channels, two convolutions per stage) costs about
118 M multiply-adds per face: 6 min per FER2013 epoch to train and 0.68 ms to run with
int8 weights. Pooling right after a cheap 48x48 stem and working from 24x24 on cuts that
to about 35 M: under 2 min per epoch, so a full schedule fits the 90-minute budget, and
well under 1 ms per face at run time.
"""

from __future__ import annotations

import keras
from keras import layers

from facemood.training.data import NUM_CLASSES

INPUT_SHAPE = (48, 48, 1)
STAGE_WIDTHS = (32, 64, 128, 256)


def _conv_bn_relu(x: keras.KerasTensor, filters: int, name: str) -> keras.KerasTensor:
    x = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv")(x)
    x = layers.BatchNormalization(name=f"{name}_bn")(x)
    return layers.ReLU(name=f"{name}_relu")(x)


ARCHITECTURES = ("vgg", "sep")
"""``vgg``: the plain convolutional net below; ``sep``: :func:`build_separable`."""


def build_model(
    widths: tuple[int, ...] = STAGE_WIDTHS, dropout: float = 0.4, arch: str = "vgg"
) -> keras.Model:
    """Build the network. Input: float32 (N, 48, 48, 1) grey levels 0-255; output: softmax (N, 7).

    Args:
        widths: channels of the four stages (24, 12, 6 and 3 pixels square).
        dropout: dropout rate before the classifier.
        arch: one of :data:`ARCHITECTURES`.
    """
    if arch == "sep":
        return build_separable(widths, dropout)
    if arch != "vgg":
        raise ValueError(f"unknown architecture {arch!r}; choose one of {ARCHITECTURES}")
    inputs = keras.Input(INPUT_SHAPE, name="face")
    x = layers.Rescaling(1.0 / 255.0, name="scale")(inputs)
    x = _conv_bn_relu(x, widths[0], "stem")
    x = layers.MaxPooling2D(name="stem_pool")(x)
    for stage, filters in enumerate(widths, start=1):
        x = _conv_bn_relu(x, filters, f"s{stage}a")
        x = _conv_bn_relu(x, filters, f"s{stage}b")
        if stage < len(widths):
            x = layers.MaxPooling2D(name=f"s{stage}_pool")(x)
    x = layers.GlobalAveragePooling2D(name="gap")(x)
    x = layers.Dropout(dropout, name="dropout")(x)
    outputs = layers.Dense(NUM_CLASSES, activation="softmax", name="emotion")(x)
    return keras.Model(inputs, outputs, name="facemood_vgg")


def _separable_block(
    x: keras.KerasTensor, filters: int, name: str, pool: bool
) -> keras.KerasTensor:
    """Two separable 3x3 convolutions with a 1x1 residual path (Xception's block)."""
    y = layers.SeparableConv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_sep1")(x)
    y = layers.BatchNormalization(name=f"{name}_bn1")(y)
    y = layers.ReLU(name=f"{name}_relu1")(y)
    y = layers.SeparableConv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_sep2")(y)
    y = layers.BatchNormalization(name=f"{name}_bn2")(y)
    stride = 2 if pool else 1
    if pool:
        y = layers.MaxPooling2D(3, 2, padding="same", name=f"{name}_pool")(y)
    skip = layers.Conv2D(filters, 1, strides=stride, use_bias=False, name=f"{name}_skip")(x)
    skip = layers.BatchNormalization(name=f"{name}_bn_skip")(skip)
    return layers.ReLU(name=f"{name}_out")(layers.add([y, skip], name=f"{name}_add"))


def build_separable(widths: tuple[int, ...] = (64, 128, 256), dropout: float = 0.3) -> keras.Model:
    """A mini-Xception: a strided 3x3 stem to 24x24, then one residual separable block
    per width, each but the last halving the resolution (24, 12, 6 pixels)."""
    inputs = keras.Input(INPUT_SHAPE, name="face")
    x = layers.Rescaling(1.0 / 255.0, name="scale")(inputs)
    x = _conv_bn_relu(x, 32, "stem1")
    x = layers.Conv2D(32, 3, strides=2, padding="same", use_bias=False, name="stem2_conv")(x)
    x = layers.BatchNormalization(name="stem2_bn")(x)
    x = layers.ReLU(name="stem2_relu")(x)
    for i, filters in enumerate(widths):
        x = _separable_block(x, filters, f"b{i + 1}", pool=i < len(widths) - 1)
    x = layers.GlobalAveragePooling2D(name="gap")(x)
    x = layers.Dropout(dropout, name="dropout")(x)
    outputs = layers.Dense(NUM_CLASSES, activation="softmax", name="emotion")(x)
    return keras.Model(inputs, outputs, name="facemood_sep")


def build_augmenter(seed: int) -> keras.Sequential:
    """Training-time augmentation: flip, small rotation/shift/zoom, brightness/contrast."""
    return keras.Sequential(
        [
            layers.RandomFlip("horizontal", seed=seed),
            layers.RandomRotation(10 / 360, fill_mode="reflect", seed=seed + 1),
            layers.RandomTranslation(0.08, 0.08, fill_mode="reflect", seed=seed + 2),
            layers.RandomZoom((-0.1, 0.1), fill_mode="reflect", seed=seed + 3),
            layers.RandomBrightness(0.2, value_range=(0.0, 255.0), seed=seed + 4),
            layers.RandomContrast(0.3, value_range=(0.0, 255.0), seed=seed + 5),
        ],
        name="augment",
    )
