import { ActionIcon, Alert, Card, Group, Menu, Title } from '@mantine/core';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconArrowsHorizontal,
  IconDots,
  IconExternalLink,
  IconGripVertical,
  IconTrash,
} from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { useFieldText, useReportFields } from './report-fields.js';
import type { DashboardResults, Widget } from './report-types.js';
import { ReportView } from './ReportView.js';

type WidgetResult = DashboardResults['widgets'][number];

function WidgetBody({ widget, result }: { widget: Widget; result: WidgetResult }) {
  const object = result.result?.object ?? null;
  const reportFields = useReportFields(object);
  const fieldText = useFieldText(object, reportFields.data);
  if (result.error || !result.result)
    return (
      <Alert color="orange" variant="light">
        {result.error?.detail}
      </Alert>
    );
  return (
    <ReportView
      result={result.result}
      chart={widget.chart}
      label={widget.title}
      fieldText={fieldText}
      height={240}
    />
  );
}

export interface WidgetActions {
  move: (by: number) => void;
  resize: () => void;
  remove: () => void;
}

/**
 * A widget of a dashboard: dragged by its handle with the mouse, moved with Alt+← / Alt+→ on the
 * handle or from its menu, widened, removed; its chart opens the records behind a bar or slice.
 */
export function DashboardWidget({
  widget,
  index,
  count,
  result,
  editable,
  refocus,
  actions,
}: {
  widget: Widget;
  index: number;
  count: number;
  result: WidgetResult | undefined;
  editable: boolean;
  refocus: boolean;
  actions: WidgetActions;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const drag = useDraggable({ id: widget.id, disabled: !editable });
  const drop = useDroppable({ id: widget.id });
  const handle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (refocus) handle.current?.focus();
  }, [refocus, index]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return;
    const by =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (by === 0) return;
    event.preventDefault();
    actions.move(by);
  };
  const style = drag.transform
    ? { transform: `translate(${drag.transform.x}px, ${drag.transform.y}px)`, zIndex: 10 }
    : undefined;
  return (
    <div
      ref={drop.setNodeRef}
      style={{ gridColumn: `span ${widget.layout.w}`, minWidth: 0 }}
      data-testid="dashboard-widget"
    >
      <Card
        ref={drag.setNodeRef}
        withBorder
        shadow={drag.isDragging ? 'md' : undefined}
        style={{
          ...style,
          outline: drop.isOver && !drag.isDragging ? '2px dashed var(--mantine-color-blue-5)' : undefined,
        }}
        component="section"
        aria-label={widget.title}
      >
        <Group justify="space-between" wrap="nowrap" mb="xs" gap="xs">
          <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
            {editable && (
              <ActionIcon
                ref={handle}
                variant="subtle"
                color="gray"
                aria-label={t('dashboards.moveHandle', { title: widget.title })}
                aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
                title={t('dashboards.moveHint')}
                style={{ cursor: 'grab', touchAction: 'none' }}
                {...drag.listeners}
                {...drag.attributes}
                onKeyDown={onKeyDown}
              >
                <IconGripVertical size={16} />
              </ActionIcon>
            )}
            <Title order={2} size="h5" lineClamp={1}>
              {widget.title}
            </Title>
          </Group>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('dashboards.widgetMenu', { title: widget.title })}
              >
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {widget.reportId && (
                <Menu.Item
                  leftSection={<IconExternalLink size={14} />}
                  onClick={() => void navigate({ to: '/reports/$id', params: { id: widget.reportId! } })}
                >
                  {t('dashboards.openReport')}
                </Menu.Item>
              )}
              {editable && (
                <>
                  <Menu.Item
                    leftSection={<IconArrowLeft size={14} />}
                    disabled={index === 0}
                    onClick={() => actions.move(-1)}
                  >
                    {t('dashboards.moveEarlier')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconArrowRight size={14} />}
                    disabled={index === count - 1}
                    onClick={() => actions.move(1)}
                  >
                    {t('dashboards.moveLater')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowsHorizontal size={14} />} onClick={actions.resize}>
                    {t(widget.layout.w > 6 ? 'dashboards.narrower' : 'dashboards.wider')}
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={actions.remove}>
                    {t('dashboards.removeWidget')}
                  </Menu.Item>
                </>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
        {result ? <WidgetBody widget={widget} result={result} /> : <RecordSkeleton />}
      </Card>
    </div>
  );
}
