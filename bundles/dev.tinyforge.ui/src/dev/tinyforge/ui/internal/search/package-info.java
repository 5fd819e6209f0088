/**
 * The TinyNAS search in the IDE: a search block run as a user job whose progress reaches the view on the UI
 * thread, and the table of the subnets it found.
 */
package dev.tinyforge.ui.internal.search;
