/** Tests of the reference interpreter's public behaviour: execution order, the listener and graph checks. */
package dev.tinyforge.reference;
