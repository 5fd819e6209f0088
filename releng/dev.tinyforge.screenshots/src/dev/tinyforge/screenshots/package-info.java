/**
 * Drives a started Eclipse IDE through the scenes that releng/screenshots/product.sh photographs; the bundle is
 * added to the launch by that script only and is not part of the TinyForge feature.
 */
package dev.tinyforge.screenshots;
