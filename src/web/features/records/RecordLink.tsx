import type { ReactNode } from 'react';
import { AnchorLink } from '../../components/links.js';
import type { RecordEntity } from '../../lib/types.js';
import { recordType } from '../../records/registry.js';

/** A link to a record's page, whatever its type. */
export function RecordLink(props: { entity: RecordEntity; id: string; fw?: number; children: ReactNode }) {
  return (
    <AnchorLink {...recordType(props.entity).link(props.id)} size="sm" fw={props.fw}>
      {props.children}
    </AnchorLink>
  );
}
