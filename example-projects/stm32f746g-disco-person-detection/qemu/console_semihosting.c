/*
 * The QEMU variant's console: newlib's semihosting (rdimon) already sends printf to the host, and the startup
 * code of shared/tools/qemu-icount opens it before main, so there is nothing to set up.
 */
#include "main.h"

void console_init(void)
{
}
