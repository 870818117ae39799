/**
 * The index a page shows when its address names none: PAPI, as the API's own default. Every other index
 * is named in the address (`?framework=PCI`) so a link shares it.
 */
export const defaultFramework = 'PAPI';
