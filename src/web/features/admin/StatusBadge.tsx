import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status word in a table cell. Mantine ellipses badge labels, which lets an auto-sized table squeeze
 * them to "Activ…"; a status must stay whole, so the label never clips.
 */
export function StatusBadge({
  color,
  children,
  size,
}: {
  color: string;
  children: ReactNode;
  size?: string;
}) {
  return (
    <Badge variant="light" color={color} tt="none" size={size} styles={{ label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
