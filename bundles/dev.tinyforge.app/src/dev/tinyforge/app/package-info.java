/** The Eclipse application that generates code headless, for STM32CubeIDE's command-line mode. */
package dev.tinyforge.app;
