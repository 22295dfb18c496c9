import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the window is as narrow as a phone's (below Mantine's `sm` breakpoint), known from the
 * first render so that a phone never draws the wide layout first.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
}
