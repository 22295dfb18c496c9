import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';
import { RECORD_ENTITIES } from '../../records/registry.js';

export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'money',
  'date',
  'select',
  'multiselect',
  'boolean',
  'url',
  'email',
  'phone',
] as const;
/** Every record type takes custom fields. */
export const CUSTOM_FIELD_OBJECTS = RECORD_ENTITIES;
export type CustomFieldObject = string;

const choice = z.object({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(100),
});

export const customFieldCreateBody = z.object({
  object: z.enum(CUSTOM_FIELD_OBJECTS),
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,49}$/, {
    message: 'must start with a lowercase letter and use only letters, digits and _',
  }),
  label: z.string().trim().min(1, { message: 'is required' }).max(100),
  type: z.enum(CUSTOM_FIELD_TYPES),
  choices: z.array(choice).max(200).optional().describe('For select and multiselect'),
  required: z.boolean().default(false),
});

export const customFieldUpdateBody = z.object({
  label: z.string().trim().min(1, { message: 'is required' }).max(100).optional(),
  choices: z.array(choice).max(200).optional(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).optional(),
});

export const customFieldSchema = z
  .object({
    ...timestamps,
    object: z.enum(CUSTOM_FIELD_OBJECTS),
    key: z.string(),
    label: z.string(),
    type: z.enum(CUSTOM_FIELD_TYPES),
    choices: z.array(choice),
    required: z.boolean(),
    position: z.number().int(),
  })
  .meta({ id: 'CustomField' });
export type CustomField = z.infer<typeof customFieldSchema>;
