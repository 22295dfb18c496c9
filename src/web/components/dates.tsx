import { TextInput } from '@mantine/core';
import { lazy, Suspense, type KeyboardEvent } from 'react';
import type * as DatePickerModule from './date-picker-input.js';

export interface DateFieldProps {
  label: string;
  withAsterisk?: boolean;
  value: string | null;
  onChange: (day: string | null) => void;
  error?: string | undefined;
  size?: 'xs' | 'sm';
  w?: number;
  autoFocus?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** `false` inside a popover, so that picking a day does not count as a click outside it. */
  withinPortal?: boolean;
}

let picker: Promise<typeof DatePickerModule> | null = null;
/** Fetches the date picker's chunk ahead of need (when a pop-up that may hold a date opens). */
export function preloadDatePicker() {
  picker ??= import('./date-picker-input.js');
  return picker;
}
const DatePickerInput = lazy(() =>
  preloadDatePicker().then((module) => ({ default: module.DatePickerInput })),
);

/**
 * A calendar day (`2026-12-15`) typed or picked with the app's own date picker, the way the app's
 * language writes dates. The picker is a chunk of its own: until it has arrived (the first time a
 * date is shown for editing) an empty, read-only box of the same size stands in its place.
 */
export function DateField(props: DateFieldProps) {
  return (
    <Suspense
      fallback={
        <TextInput
          label={props.label}
          withAsterisk={props.withAsterisk}
          size={props.size}
          w={props.w}
          readOnly
          value=""
        />
      }
    >
      <DatePickerInput {...props} />
    </Suspense>
  );
}
