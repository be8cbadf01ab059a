/** Page sizes of every list (CONTRACT.md: limit 1..100, default 20). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The deepest `offset` a list accepts (a cursor goes further). */
export const MAX_OFFSET = 1_000_000;
