/*
 * Start-up of the STM32F746NG, written in C: the vector table (the Cortex-M7's 16 system exceptions and the
 * device's 98 interrupts, RM0385 section 10.1.2; all but reset go to one handler) and a reset handler that turns on
 * the FPU, copies .data from Flash, zeroes .bss, runs the C/C++ constructors and calls main.
 * The symbols come from STM32F746NGHX_FLASH.ld.
 */
#include <stdint.h>

#define IRQ_COUNT 98

extern uint32_t _estack, _sidata, _sdata, _edata, _sbss, _ebss;
extern int main(void);
extern void __libc_init_array(void);

void Reset_Handler(void);

/* Any exception or interrupt the application does not handle: stop here, where a debugger shows it. */
void Default_Handler(void)
{
	for (;;) {
	}
}

__attribute__((section(".isr_vector"), used)) const void *const g_pfnVectors[16 + IRQ_COUNT] = {
	[0] = &_estack,
	[1] = (const void *)Reset_Handler,
	[2] = (const void *)Default_Handler, /* NMI */
	[3] = (const void *)Default_Handler, /* HardFault */
	[4] = (const void *)Default_Handler, /* MemManage */
	[5] = (const void *)Default_Handler, /* BusFault */
	[6] = (const void *)Default_Handler, /* UsageFault */
	[11] = (const void *)Default_Handler, /* SVCall */
	[12] = (const void *)Default_Handler, /* DebugMonitor */
	[14] = (const void *)Default_Handler, /* PendSV */
	[15] = (const void *)Default_Handler, /* SysTick */
	[16 ... 16 + IRQ_COUNT - 1] = (const void *)Default_Handler,
};

void Reset_Handler(void)
{
	uint32_t *from = &_sidata;
	uint32_t *to;

	/* CPACR: full access to CP10 and CP11, the FPU, before any floating-point instruction */
	*(volatile uint32_t *)0xE000ED88u |= 0xFu << 20;
	__asm volatile("dsb\n\tisb");
	for (to = &_sdata; to < &_edata;) {
		*to++ = *from++;
	}
	for (to = &_sbss; to < &_ebss;) {
		*to++ = 0;
	}
	__libc_init_array();
	main();
	for (;;) {
	}
}
