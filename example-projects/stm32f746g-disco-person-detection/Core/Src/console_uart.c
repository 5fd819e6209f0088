/*
 * printf on the STM32F746G-DISCO's ST-LINK virtual COM port: USART1, TX on PA9 (alternate function 7), 115200
 * baud 8N1, written at register level so the project needs no HAL. The core runs from the 16 MHz HSI, the
 * reset clock. Register addresses and bits: ST RM0385 (STM32F75xxx/F74xxx reference manual), sections RCC, GPIO
 * and USART; the pin: UM1907 (STM32F746G-DISCO user manual), the virtual COM port.
 */
#include <stdint.h>

#include "main.h"

#define REG(address) (*(volatile uint32_t *)(address))

#define RCC_AHB1ENR REG(0x40023830u)
#define RCC_APB2ENR REG(0x40023844u)
#define GPIOA_MODER REG(0x40020000u)
#define GPIOA_AFRH REG(0x40020024u)
#define USART1_CR1 REG(0x40011000u)
#define USART1_BRR REG(0x4001100Cu)
#define USART1_ISR REG(0x4001101Cu)
#define USART1_TDR REG(0x40011028u)

#define HSI_HZ 16000000u
#define BAUD 115200u

void console_init(void)
{
	RCC_AHB1ENR |= 1u << 0;  /* GPIOAEN */
	RCC_APB2ENR |= 1u << 4;  /* USART1EN */
	(void)RCC_APB2ENR;       /* read back: the clock is on before the peripheral is touched */
	GPIOA_MODER = (GPIOA_MODER & ~(3u << 18)) | (2u << 18);  /* PA9: alternate function */
	GPIOA_AFRH = (GPIOA_AFRH & ~(0xFu << 4)) | (7u << 4);    /* PA9: AF7, USART1_TX */
	USART1_BRR = (HSI_HZ + BAUD / 2) / BAUD;                 /* oversampling by 16 */
	USART1_CR1 = (1u << 3) | (1u << 0);                     /* TE, UE */
}

static void put(char c)
{
	while (!(USART1_ISR & (1u << 7))) { /* TXE */
	}
	USART1_TDR = (uint8_t)c;
}

/* newlib's printf ends here; a terminal wants CR LF. */
int _write(int file, const char *data, int length)
{
	int i;
	(void)file;
	for (i = 0; i < length; i++) {
		if (data[i] == '\n') {
			put('\r');
		}
		put(data[i]);
	}
	return length;
}
