/**
 * The elastic MobileNetV2-style space of MCUNet and Once-for-All: stages of inverted-residual blocks whose
 * kernel, expand ratio and depth vary, under a width multiplier and an input resolution; a {@link
 * dev.tinyforge.nas.space.Subnet} is one choice of all of them.
 */
package dev.tinyforge.nas.space;
